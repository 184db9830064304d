using ChildView.ServiceKit.Children;
using Microsoft.AspNetCore.Routing;

namespace ChildView.ServiceKit.Records;

public static class RecordRouteBuilderExtensions
{
    /// <summary>Maps a record type's endpoints as <paramref name="api"/> declares them; add create, update, close, delete and list on the result.</summary>
    public static RecordEndpoints<TRecord, TResponse> MapRecords<TRecord, TResponse>(this IEndpointRouteBuilder app, RecordApi<TRecord, TResponse> api)
        where TRecord : ChildRecord => new(app, api);
}
