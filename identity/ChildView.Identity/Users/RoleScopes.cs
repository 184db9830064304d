using ChildView.Contracts.Access;
using ChildView.Contracts.Security;

namespace ChildView.Identity.Users;

/// <summary>
/// Which API scopes each job role may be granted. A client may ask for more, but a user only
/// ever gets the scopes one of their roles allows: a social worker's token cannot read
/// education records however the request is crafted. Whether a role may read the profile at all
/// comes from the access policy: a role that may see no field of it never gets profile.read.
/// </summary>
public static class RoleScopes
{
    private static readonly Dictionary<string, string[]> ServiceScopesByRole = new(StringComparer.Ordinal)
    {
        [JobRoles.SocialWorker] = [.. ApiResources.SocialCare.Scopes],
        [JobRoles.SocialCareTeamManager] = [.. ApiResources.SocialCare.Scopes],
        [JobRoles.EducationWelfareOfficer] = [.. ApiResources.Education.Scopes],
        [JobRoles.SenCaseworker] = [.. ApiResources.Education.Scopes],
        [JobRoles.YotOfficer] = [.. ApiResources.YouthOffending.Scopes],
        [JobRoles.YotTeamManager] = [.. ApiResources.YouthOffending.Scopes],
        [JobRoles.EarlyYearsPractitioner] = [.. ApiResources.EarlyYears.Scopes],
        [JobRoles.EarlyYearsTeamManager] = [.. ApiResources.EarlyYears.Scopes],
        [JobRoles.MashOfficer] = [.. ApiResources.All.Where(api => api != ApiResources.Profile).Select(api => api.ReadScope)],
        // Read scopes only to verify each service's audit log: the policy gives the DPO no child's records.
        [JobRoles.DataProtectionOfficer] = [.. ApiResources.All.Where(api => api != ApiResources.Profile).Select(api => api.ReadScope)],
        [JobRoles.SystemAdministrator] = [.. ApiResources.All.Where(api => api != ApiResources.Profile).SelectMany(api => api.AllScopes)],
    };

    /// <summary>The union of the scopes the given roles allow; unknown roles allow nothing.</summary>
    public static IReadOnlySet<string> AllowedFor(IEnumerable<string> roles) =>
        roles.SelectMany(ScopesFor).ToHashSet(StringComparer.Ordinal);

    public static IEnumerable<string> ScopesFor(string role)
    {
        var scopes = ServiceScopesByRole.GetValueOrDefault(role, []).AsEnumerable();
        if (MayReadProfile(role))
        {
            scopes = scopes.Append(ApiResources.Profile.ReadScope);
        }

        // Writing to the profile means asking for or reviewing emergency access, or assigning worklist
        // flags: the policy says who may.
        if (AccessPolicy.Current.BreakGlassRoles.Contains(role) || AccessPolicy.Current.BreakGlassReviewers.Contains(role)
            || AccessPolicy.Current.WorklistAssigners.Contains(role))
        {
            scopes = scopes.Append(ApiResources.Profile.WriteScope!);
        }

        return scopes;
    }

    private static bool MayReadProfile(string role) =>
        AccessPolicy.Current.Fields.Any(f => AccessPolicy.Current.Rule(role, f.Section.Name, f.Field.Name) != Relationship.None);
}
