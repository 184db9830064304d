using System.Security.Claims;
using ChildView.Contracts.Access;
using Microsoft.AspNetCore.Http;

namespace ChildView.ServiceKit.Access;

/// <summary>
/// Which teams' children the current caller may see in a service's own API: null when unrestricted
/// (a service client, the bus, or a role the policy does not scope there), otherwise the caller's
/// teams, lower-cased — a social worker sees the cases allocated to their teams, not the county's.
/// </summary>
public sealed class CallerTeamScope(IHttpContextAccessor http, string service)
{
    public string[]? Teams => For(http.HttpContext?.User, service);

    public static string[]? For(ClaimsPrincipal? user, string service)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var policy = AccessPolicy.Current;
        var roles = user.FindAll("role").Select(c => c.Value).Where(policy.Roles.Contains).ToList();
        var scoped = policy.TeamScopedRoles(service);

        // A caller holding any unscoped role (MASH, say) reads as that role; machine clients hold no role.
        return roles.Count > 0 && roles.All(scoped.Contains)
            ? [.. user.FindAll("team").Select(c => c.Value.Trim().ToLowerInvariant())]
            : null;
    }
}
