using ChildView.Contracts.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChildView.ServiceKit.Pipeline;

/// <summary>
/// What an endpoint of a record group does, from its method and route: GET with a route value reads one
/// record (or one child's records), GET without lists; POST creates, or closes at <c>/{id}/close</c>;
/// PUT updates; DELETE deletes.
/// </summary>
public static class RecordActions
{
    public static RecordAction Of(HttpContext http)
    {
        var pattern = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern;
        var hasRouteValues = pattern?.Parameters.Count > 0;
        return http.Request.Method switch
        {
            "GET" or "HEAD" => hasRouteValues ? RecordAction.Read : RecordAction.List,
            "PUT" or "PATCH" => RecordAction.Update,
            "DELETE" => RecordAction.Delete,
            _ when pattern?.RawText?.EndsWith("/close", StringComparison.Ordinal) == true => RecordAction.Close,
            _ => hasRouteValues ? RecordAction.Update : RecordAction.Create,
        };
    }

    public static bool IsWrite(this RecordAction action) => action is not (RecordAction.Read or RecordAction.List);

    /// <summary>Actions on one existing record: refused as 404 when the caller may not see it, so its existence is not disclosed.</summary>
    public static bool IsOnOneRecord(this RecordAction action) => action is RecordAction.Read or RecordAction.Update or RecordAction.Close or RecordAction.Delete;

    /// <summary>Changes to a version the caller must name (If-Match), so nobody overwrites a change they have not seen.</summary>
    public static bool NeedsVersion(this RecordAction action) => action is RecordAction.Update or RecordAction.Close or RecordAction.Delete;

    public static string Name(this RecordAction action) => action.ToString().ToLowerInvariant();
}
