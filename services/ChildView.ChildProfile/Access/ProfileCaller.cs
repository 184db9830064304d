using System.Security.Claims;
using ChildView.Contracts.Access;

namespace ChildView.ChildProfile.Access;

/// <summary>
/// The person reading a profile, acting in one job role for the request: the database enforces that
/// role's grants and row policies, so a user holding several roles names the one they act in.
/// </summary>
public sealed record ProfileCaller(string UserName, string Role, IReadOnlyList<string> Teams)
{
    public const string ActingRoleHeader = "X-ChildView-Role";

    /// <summary>The caller, or why there is none: profiles are read by people in a job role, never by a bare client.</summary>
    public static (ProfileCaller? Caller, string? Refusal) From(ClaimsPrincipal user, string? actingRole, AccessPolicy policy)
    {
        var userName = user.FindFirst("preferred_username")?.Value;
        if (string.IsNullOrEmpty(userName))
        {
            return (null, "Profiles are read by people: the token names no user.");
        }

        var roles = user.FindAll("role").Select(c => c.Value).Where(policy.Roles.Contains).Distinct().ToList();
        var role = actingRole is not null ? roles.FirstOrDefault(r => r == actingRole) : roles.Count == 1 ? roles[0] : null;
        if (role is null)
        {
            return (null, roles.Count > 1 && actingRole is null
                ? $"You hold several roles; name the one you act in with the {ActingRoleHeader} header."
                : "None of your roles may read profiles.");
        }

        return (new ProfileCaller(userName, role, user.FindAll("team").Select(c => c.Value).ToList()), null);
    }

    /// <summary>The caller when they act in one of <paramref name="roles"/>; otherwise null.</summary>
    public static ProfileCaller? InRoles(HttpContext http, IReadOnlySet<string> roles)
    {
        var (caller, _) = From(http.User, http.Request.Headers[ActingRoleHeader].FirstOrDefault(), AccessPolicy.Current);
        return caller is not null && roles.Contains(caller.Role) ? caller : null;
    }
}
