using System.Security.Claims;
using ChildView.Contracts.Access;

namespace ChildView.ServiceKit.Access;

/// <summary>
/// Who is calling a service's API, as the token says: a person (a user name, their job roles and teams)
/// or a machine client (a client id and no job role). <see cref="Actor"/> is what records and the audit
/// log name as having done something.
/// </summary>
public sealed record ServiceCaller(string Actor, bool IsPerson, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams)
{
    public static ServiceCaller From(ClaimsPrincipal user, AccessPolicy policy)
    {
        var userName = user.FindFirst("preferred_username")?.Value;
        var roles = user.FindAll("role").Select(c => c.Value).Where(policy.Roles.Contains).Distinct().ToList();
        var teams = user.FindAll("team").Select(c => c.Value.Trim().ToLowerInvariant()).Distinct().ToList();
        if (!string.IsNullOrEmpty(userName))
        {
            return new ServiceCaller(userName, true, roles, teams);
        }

        var client = user.FindFirst("client_id")?.Value ?? user.FindFirst("azp")?.Value ?? user.FindFirst("sub")?.Value ?? "unknown-client";
        return new ServiceCaller(client, false, roles, teams);
    }

    /// <summary>A machine client holds no job role: the policy's role rules do not apply to it, its scopes decide.</summary>
    public bool IsMachine => !IsPerson && Roles.Count == 0;
}
