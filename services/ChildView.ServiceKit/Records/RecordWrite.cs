using ChildView.Contracts.Access;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChildView.ServiceKit.Records;

/// <summary>One write as a feature sees it: when it happens (one clock reading for the record and its event), who makes it, and the service's database.</summary>
public sealed class RecordWrite
{
    private RecordWrite(HttpContext http, RecordAction action)
    {
        Http = http;
        Action = action;
        Now = Service<TimeProvider>().GetUtcNow();
        Db = Service<RecordDbContext>();
    }

    public HttpContext Http { get; }

    public RecordAction Action { get; }

    public DateTimeOffset Now { get; }

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public RecordDbContext Db { get; }

    /// <summary>Who writes, as the pipeline identified them (user name or client id in <see cref="ServiceCaller.Actor"/>).</summary>
    public ServiceCaller Caller => Service<RecordRequest>().Caller
        ?? throw new InvalidOperationException("A record write outside the record pipeline has no caller.");

    public T Service<T>()
        where T : notnull => Http.RequestServices.GetRequiredService<T>();

    internal static RecordWrite For(HttpContext http, RecordAction action) => new(http, action);
}
