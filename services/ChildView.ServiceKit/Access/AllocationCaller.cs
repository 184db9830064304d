using System.Security.Claims;
using ChildView.Contracts.Security;

namespace ChildView.ServiceKit.Access;

/// <summary>
/// Who is asking to allocate, from their token alone: a person (user name, job roles, teams) or a
/// machine client (client id and scopes, no job role).
/// </summary>
public sealed record AllocationCaller(string? Actor, bool IsPerson, IReadOnlySet<string> Roles, IReadOnlySet<string> Teams, IReadOnlySet<string> Scopes)
{
    public static AllocationCaller From(ClaimsPrincipal user)
    {
        var userName = user.FindFirst("preferred_username")?.Value;
        var roles = user.FindAll("role").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        // A token naming a person or a job role is a person's, even without a user name; only a
        // token with neither is a machine client's.
        var isPerson = userName is not null || roles.Count > 0;
        var actor = isPerson ? userName : user.FindFirst("client_id")?.Value ?? user.FindFirst("sub")?.Value;
        return new AllocationCaller(
            string.IsNullOrWhiteSpace(actor) ? null : actor.Trim().ToLowerInvariant(),
            isPerson,
            roles,
            user.FindAll("team").Select(c => c.Value.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase),
            user.FindAll("scope").SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal));
    }

    public bool IsInTeam(string team) => Teams.Contains(team.Trim());

    public bool HoldsAdminScope(string service) => ApiResources.ByName(service).AdminScope is { } admin && Scopes.Contains(admin);
}
