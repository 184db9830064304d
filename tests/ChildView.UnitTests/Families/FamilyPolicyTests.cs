using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Families;
using ChildView.ChildProfile.Families.Postgres;
using ChildView.Contracts.Access;

namespace ChildView.UnitTests.Families;

public sealed class FamilyPolicyTests
{
    private static readonly AccessPolicy Policy = AccessPolicy.Current;

    [Fact]
    public void The_policy_has_the_family_fields_the_view_shows_and_they_are_not_profile_sections()
    {
        Assert.Equal([FamilyView.Members, FamilyView.Adults, FamilyView.Households], Policy.Family.Fields.Select(f => f.Name));
        Assert.DoesNotContain(Policy.Sections, s => s.Name == AccessPolicy.FamilySectionName);
        Assert.All(Policy.Family.Fields, f => Assert.Empty(f.RecordTypes));
    }

    [Fact]
    public void A_policy_with_a_family_field_that_leaves_a_role_implicit_is_refused()
    {
        const string json = """
            {"version":"t","roles":["a","b"],"breakGlass":{"minutes":60,"roles":[]},"audit":{"readers":[],"reviewsBreakGlass":[]},
             "sections":[{"name":"summary","fields":[{"name":"names","access":{"a":"any","b":"any"}}]}],
             "family":{"fields":[{"name":"members","access":{"a":"team"}}]}}
            """;

        var error = Assert.Throws<InvalidDataException>(() => AccessPolicy.Parse(json));
        Assert.Contains("family.members", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_family_table_is_granted_to_exactly_the_roles_whose_rule_for_its_field_is_not_none()
    {
        var sql = ProfileAccessSql.Statements(Policy, "password");

        foreach (var role in Policy.Roles)
        {
            foreach (var (table, field) in FamilyAccessSql.TableFields)
            {
                var granted = sql.Contains($"GRANT SELECT ON {table} TO {ProfileAccessSql.DbRole(role)}");
                Assert.True(granted == (Policy.Rule(role, AccessPolicy.FamilySectionName, field) != Relationship.None), $"{role} {table}");
            }
        }
    }

    [Fact]
    public void The_data_protection_officer_and_the_administrator_see_no_family()
    {
        Assert.All(Policy.Family.Fields, f => Assert.Equal(Relationship.None, Policy.Rule("data-protection-officer", AccessPolicy.FamilySectionName, f.Name)));
        Assert.All(Policy.Family.Fields, f => Assert.Equal(Relationship.None, Policy.Rule("system-administrator", AccessPolicy.FamilySectionName, f.Name)));
    }
}
