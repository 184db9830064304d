using System.Reflection;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;

namespace ChildView.UnitTests.Access;

public sealed class AccessPolicyTests
{
    private static readonly AccessPolicy Policy = AccessPolicy.Current;

    private static readonly string[] JobRoleNames = typeof(JobRoles).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!).ToArray();

    [Fact]
    public void The_embedded_policy_loads_and_names_a_version()
    {
        Assert.False(string.IsNullOrWhiteSpace(Policy.Version));
        Assert.NotEmpty(Policy.Fields);
    }

    [Fact]
    public void The_policy_covers_exactly_the_job_roles_identity_issues()
    {
        Assert.Equal(JobRoleNames.Order(), Policy.Roles.Order());
        Assert.Subset(Policy.Roles.ToHashSet(), Policy.BreakGlassRoles.ToHashSet());
        Assert.Subset(Policy.Roles.ToHashSet(), Policy.AuditReaders.ToHashSet());
        Assert.Subset(Policy.Roles.ToHashSet(), Policy.BreakGlassReviewers.ToHashSet());
        Assert.Subset(Policy.Roles.ToHashSet(), Policy.IdentityStewards.ToHashSet());
    }

    [Fact]
    public void Someone_is_named_to_decide_possible_matches()
    {
        Assert.NotEmpty(Policy.IdentityStewards);
    }

    [Fact]
    public void A_steward_role_the_policy_does_not_define_is_refused_by_name()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Architecture.RepositoryLayout.Root.FullName, "policy", "access-policy.json")))!;
        json["identityResolution"]!["stewards"] = new System.Text.Json.Nodes.JsonArray("data-wizard");

        var error = Assert.Throws<InvalidDataException>(() => AccessPolicy.Parse(json.ToJsonString()));

        Assert.Contains("data-wizard", error.Message);
    }

    [Fact]
    public void Identity_grants_profile_read_exactly_to_the_roles_the_policy_lets_see_something()
    {
        foreach (var role in Policy.Roles)
        {
            var seesSomething = Policy.Fields.Any(f => Policy.Rule(role, f.Section.Name, f.Field.Name) != Relationship.None);
            Assert.Equal(seesSomething, RoleScopes.ScopesFor(role).Contains(ApiResources.Profile.ReadScope));
        }
    }

    [Fact]
    public void Every_record_type_belongs_to_exactly_one_field()
    {
        var recordTypes = Policy.Fields.SelectMany(f => f.Field.RecordTypes).ToList();

        Assert.Equal(recordTypes.Count, recordTypes.Distinct().Count());
        Assert.All(recordTypes, type => Assert.NotNull(Policy.FieldOfRecordType(type)));
        Assert.Null(Policy.FieldOfRecordType("no-such-record"));
    }

    [Fact]
    public void The_policy_places_exactly_the_record_types_the_profile_keeps()
    {
        var kept = typeof(ChildView.ChildProfile.Ingestion.ProfileRecordTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).Order().ToList();

        Assert.Equal(kept, Policy.Fields.SelectMany(f => f.Field.RecordTypes).Order().ToList());
    }

    [Fact]
    public void Case_notes_are_never_open_to_any_child_for_anyone()
    {
        Assert.All(Policy.Roles, role => Assert.NotEqual(Relationship.Any, Policy.Rule(role, "socialcare", "caseNotes")));
    }

    [Fact]
    public void An_unknown_role_sees_nothing()
    {
        Assert.All(Policy.Fields, f => Assert.Equal(Relationship.None, Policy.Rule("intruder", f.Section.Name, f.Field.Name)));
        Assert.False(Policy.Allows(["intruder"], "summary", "names", new CallerStanding(Relationship.Caseload, true)));
    }

    [Theory]
    [InlineData(Relationship.Any, Relationship.None, false, true)]
    [InlineData(Relationship.Team, Relationship.Team, false, true)]
    [InlineData(Relationship.Team, Relationship.Caseload, false, true)]
    [InlineData(Relationship.Team, Relationship.None, false, false)]
    [InlineData(Relationship.Team, Relationship.None, true, true)]
    [InlineData(Relationship.Caseload, Relationship.Caseload, false, true)]
    [InlineData(Relationship.Caseload, Relationship.Team, false, false)]
    [InlineData(Relationship.Caseload, Relationship.None, true, true)]
    [InlineData(Relationship.BreakGlass, Relationship.Caseload, false, false)]
    [InlineData(Relationship.BreakGlass, Relationship.None, true, true)]
    [InlineData(Relationship.None, Relationship.Caseload, true, false)]
    public void A_rule_is_met_by_a_close_enough_relationship_or_a_live_grant(Relationship rule, Relationship standing, bool grant, bool allowed)
    {
        Assert.Equal(allowed, AccessPolicy.Allows(rule, new CallerStanding(standing, grant)));
    }

    [Fact]
    public void Several_roles_see_the_union_of_what_each_may_see()
    {
        var stranger = CallerStanding.Stranger;
        Assert.False(Policy.Allows([JobRoles.DataProtectionOfficer], "socialcare", "referrals", stranger));
        Assert.True(Policy.Allows([JobRoles.DataProtectionOfficer, JobRoles.MashOfficer], "socialcare", "referrals", stranger));
    }

    [Fact]
    public void A_policy_that_leaves_a_role_implicit_is_refused_with_the_field_named()
    {
        const string json = """
            {"version":"t","roles":["a","b"],"breakGlass":{"minutes":60,"roles":[]},"audit":{"readers":[],"reviewsBreakGlass":[]},
             "sections":[{"name":"summary","fields":[{"name":"names","access":{"a":"any"}}]}]}
            """;

        var error = Assert.Throws<InvalidDataException>(() => AccessPolicy.Parse(json));
        Assert.Contains("summary.names", error.Message, StringComparison.Ordinal);
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_with_an_unknown_relationship_is_refused()
    {
        const string json = """
            {"version":"t","roles":["a"],"breakGlass":{"minutes":60,"roles":[]},"audit":{"readers":[],"reviewsBreakGlass":[]},
             "sections":[{"name":"summary","fields":[{"name":"names","access":{"a":"everyone"}}]}]}
            """;

        Assert.Throws<FormatException>(() => AccessPolicy.Parse(json));
    }
}
