using ChildView.Contracts.Security;

namespace ChildView.Identity.Users;

/// <summary>
/// Which API scopes each job role may be granted. A client may ask for more, but a user only
/// ever gets the scopes one of their roles allows: a social worker's token cannot read
/// education records however the request is crafted.
/// </summary>
public static class RoleScopes
{
    private static readonly string ProfileRead = ApiResources.Profile.ReadScope;

    private static readonly Dictionary<string, string[]> ScopesByRole = new(StringComparer.Ordinal)
    {
        [JobRoles.SocialWorker] = WorkOn(ApiResources.SocialCare),
        [JobRoles.SocialCareTeamManager] = WorkOn(ApiResources.SocialCare),
        [JobRoles.EducationWelfareOfficer] = WorkOn(ApiResources.Education),
        [JobRoles.SenCaseworker] = WorkOn(ApiResources.Education),
        [JobRoles.YotOfficer] = WorkOn(ApiResources.YouthOffending),
        [JobRoles.EarlyYearsPractitioner] = WorkOn(ApiResources.EarlyYears),
        [JobRoles.MashOfficer] = [.. ApiResources.All.Select(api => api.ReadScope)],
        [JobRoles.DataProtectionOfficer] = [ProfileRead],
        [JobRoles.SystemAdministrator] = [.. ApiResources.AllScopes],
    };

    /// <summary>The union of the scopes the given roles allow; unknown roles allow nothing.</summary>
    public static IReadOnlySet<string> AllowedFor(IEnumerable<string> roles) =>
        roles.SelectMany(role => ScopesByRole.GetValueOrDefault(role, [])).ToHashSet(StringComparer.Ordinal);

    private static string[] WorkOn(ApiResource api) => [.. api.Scopes, ProfileRead];
}
