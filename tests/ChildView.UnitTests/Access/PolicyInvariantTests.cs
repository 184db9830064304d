using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;

namespace ChildView.UnitTests.Access;

/// <summary>Rules any future access policy must keep, whatever its cells say.</summary>
public sealed class PolicyInvariantTests
{
    private static readonly AccessPolicy Policy = AccessPolicy.Current;

    private static IEnumerable<(string Section, string Field)> AllFields =>
        Policy.Fields.Select(f => (f.Section.Name, f.Field.Name))
            .Concat(Policy.Family.Fields.Select(f => (AccessPolicy.FamilySectionName, f.Name)));

    private static IEnumerable<(string Role, string Section, string Field, Relationship Rule)> Cells =>
        from role in Policy.Roles
        from cell in AllFields
        select (role, cell.Section, cell.Field, Policy.Rule(role, cell.Section, cell.Field));

    [Fact]
    public void The_system_administrator_sees_nothing_and_is_in_no_access_list()
    {
        var seen = Cells.Where(c => c.Role == ExpectedAccess.Admin && c.Rule != Relationship.None).Select(c => $"{c.Section}.{c.Field}").ToList();

        Assert.True(seen.Count == 0, "system-administrator may see: " + string.Join(", ", seen));
        Assert.DoesNotContain(ExpectedAccess.Admin, Policy.BreakGlassRoles.Concat(Policy.AuditReaders).Concat(Policy.BreakGlassReviewers)
            .Concat(Policy.IdentityStewards).Concat(Policy.WorklistReaders).Concat(Policy.WorklistAssigners).Concat(Policy.FamilyReviewers));
    }

    [Fact]
    public void Every_role_with_a_break_glass_rule_may_break_the_glass()
    {
        var stranded = Cells.Where(c => c.Rule == Relationship.BreakGlass && !Policy.BreakGlassRoles.Contains(c.Role))
            .Select(c => $"{c.Role} on {c.Section}.{c.Field}").ToList();

        Assert.True(stranded.Count == 0, "break-glass rules for roles not in breakGlass.roles: " + string.Join(", ", stranded));
    }

    [Fact]
    public void Nobody_reviews_their_own_break_the_glass()
    {
        Assert.Empty(Policy.BreakGlassReviewers.Intersect(Policy.BreakGlassRoles));
    }

    [Fact]
    public void The_data_protection_officer_sees_no_case_record()
    {
        var records = Cells.Where(c => c.Role == ExpectedAccess.Dpo && c.Section != "summary" && c.Rule != Relationship.None)
            .Select(c => $"{c.Section}.{c.Field}").ToList();

        Assert.True(records.Count == 0, "the DPO may see: " + string.Join(", ", records));
    }

    [Fact]
    public void Case_notes_are_for_social_workers_and_their_team_managers_only_and_the_mash_in_an_emergency()
    {
        var others = Policy.Roles.Where(r => r is not ExpectedAccess.SocialWorker and not ExpectedAccess.TeamManager)
            .Where(r => Policy.Rule(r, "socialcare", "caseNotes") != (r == ExpectedAccess.Mash ? Relationship.BreakGlass : Relationship.None)).ToList();

        Assert.True(others.Count == 0, "case notes open to: " + string.Join(", ", others));
        Assert.All([ExpectedAccess.SocialWorker, ExpectedAccess.TeamManager], r => Assert.InRange(Policy.Rule(r, "socialcare", "caseNotes"), Relationship.Caseload, Relationship.Team));
    }

    [Fact]
    public void Youth_justice_risk_never_goes_beyond_a_caseload_or_team_but_for_the_mash_in_an_emergency()
    {
        var wide = Policy.Roles.Where(r => Policy.Rule(r, "youthjustice", "risk") is Relationship.Any
            || (r != ExpectedAccess.Mash && Policy.Rule(r, "youthjustice", "risk") == Relationship.BreakGlass)).ToList();

        Assert.True(wide.Count == 0, "youthjustice.risk open county-wide, or by breaking the glass to a role other than the MASH: " + string.Join(", ", wide));
    }

    [Fact]
    public void A_worklist_assigner_can_read_the_worklist()
    {
        Assert.Subset(Policy.WorklistReaders.ToHashSet(), Policy.WorklistAssigners.ToHashSet());
    }

    [Fact]
    public void A_team_scoped_role_has_no_county_wide_rule_on_its_own_service()
    {
        var wide = (from section in Policy.Sections.Where(s => s.Source is not null)
                    from role in TeamScopedRoles(section.Source!)
                    from field in section.Fields
                    where Policy.Rule(role, section.Name, field.Name) == Relationship.Any
                    select $"{role} on {section.Name}.{field.Name}").ToList();

        Assert.True(wide.Count == 0, "team-scoped in the service but county-wide in the profile: " + string.Join(", ", wide));
    }

    /// <summary>
    /// A service's own API must not be a side door to what the profile withholds: for every record type,
    /// the relationship a role needs to read it in its service is at least as narrow as the profile's rule
    /// for the same records. The services have no break-the-glass, so a profile rule of break-glass means
    /// none there.
    /// </summary>
    [Fact]
    public void No_role_reads_through_a_service_api_what_the_profile_hides_from_it()
    {
        var sideDoors = (from record in Policy.Services.RecordTypes
                         let field = Policy.FieldOfRecordType(record.RecordType)
                         from role in Policy.Roles
                         let profile = field is { } f ? Policy.Rule(role, f.Section.Name, f.Field.Name) : Relationship.None
                         let ceiling = profile == Relationship.BreakGlass ? Relationship.None : profile
                         let service = Policy.Services.Read([role], record.Service, record.RecordType)
                         where service > ceiling
                         select $"{role} reads {record.Service} {record.RecordType} as '{service.Name()}' but the profile allows '{profile.Name()}'").ToList();

        Assert.True(sideDoors.Count == 0, "Service APIs disclose what the profile withholds:\n" + string.Join("\n", sideDoors));
    }

    /// <summary>The roles whose reads of a service's records depend on the child's allocation (team or caseload).</summary>
    internal static IReadOnlySet<string> TeamScopedRoles(string service) =>
        (from record in Policy.Services.RecordTypes.Where(r => r.Service == service)
         from role in Policy.Roles
         where Policy.Services.Read([role], service, record.RecordType) is Relationship.Team or Relationship.Caseload
         select role).ToHashSet();

    [Theory]
    [InlineData(ExpectedAccess.YotOfficer, ExpectedAccess.YotTeamManager)]
    [InlineData(ExpectedAccess.EarlyYears, ExpectedAccess.EarlyYearsTeamManager)]
    public void A_team_manager_sees_what_their_practitioners_see_widened_from_caseload_to_team(string practitioner, string teamManager)
    {
        Assert.Contains(teamManager, Policy.Roles);
        var differences = AllFields
            .Select(f => (f, officer: Policy.Rule(practitioner, f.Section, f.Field), manager: Policy.Rule(teamManager, f.Section, f.Field)))
            .Where(x => x.manager != (x.officer == Relationship.Caseload ? Relationship.Team : x.officer))
            .Select(x => $"{x.f.Section}.{x.f.Field}: officer {x.officer.Name()}, manager {x.manager.Name()}")
            .ToList();

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
