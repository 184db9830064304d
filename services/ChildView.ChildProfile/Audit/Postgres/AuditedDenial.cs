using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Audit.Postgres;

/// <summary>
/// A refused request is audited too. The caller has no job role to write with (that is often why
/// they were refused), so the service writes the row itself; the chain trigger still seals it.
/// </summary>
public static class AuditedDenial
{
    public static async Task<ProblemHttpResult> DenyAsync(HttpContext http, string action, Guid? childId, string detail)
    {
        var user = http.User.FindFirst("preferred_username")?.Value ?? http.User.FindFirst("sub")?.Value ?? "anonymous";
        var roles = string.Join(',', http.User.FindAll("role").Select(c => c.Value));
        var teams = string.Join(',', http.User.FindAll("team").Select(c => c.Value));
        var address = AccessRequestContext.ClientAddress(http);
        var purpose = AccessRequestContext.Purpose(http);
        var outcome = $"denied: {detail}";
        var db = http.RequestServices.GetRequiredService<ProfileDbContext>();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO audit_events (user_name, role, teams, child_id, action, sections, purpose, outcome, client_address)
            VALUES ({user}, {(roles.Length == 0 ? "none" : roles)}, {teams}, {childId}, {action}, '', {purpose}, {outcome[..Math.Min(outcome.Length, 200)]}, {address})
            """,
            http.RequestAborted);
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not read profiles this way.", detail: detail);
    }
}
