using ChildView.Contracts.Access;
using ChildView.Contracts.IntegrationEvents;

namespace ChildView.SocialCare.Access;

/// <summary>
/// Which teams' children the current caller may see in this API: null when unrestricted (a service
/// client, the bus, or a role the policy does not scope), otherwise the caller's teams — a social
/// worker sees the cases allocated to their teams, not the county's.
/// </summary>
public sealed class CallerTeamScope(IHttpContextAccessor http)
{
    public string[]? Teams => For(http.HttpContext?.User);

    public static string[]? For(System.Security.Claims.ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var policy = AccessPolicy.Current;
        var roles = user.FindAll("role").Select(c => c.Value).Where(policy.Roles.Contains).ToList();
        var scoped = policy.TeamScopedRoles(SourceSystems.SocialCare);

        // A caller holding any unscoped role (MASH, say) reads as that role; machine clients hold no role.
        return roles.Count > 0 && roles.All(scoped.Contains)
            ? [.. user.FindAll("team").Select(c => c.Value)]
            : null;
    }
}
