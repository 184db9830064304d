using ChildView.Contracts.Access;

namespace ChildView.UnitTests.Access;

/// <summary>
/// The access policy checked cell by cell against <see cref="ExpectedAccess"/>, a table written by
/// hand. One test per role, so a failure names whose access is wrong and every differing cell.
/// </summary>
public sealed class PolicyAgainstTableTests
{
    private static readonly AccessPolicy Policy = AccessPolicy.Current;

    public static TheoryData<string> Roles => [.. ExpectedAccess.Roles];

    private static IEnumerable<string> PolicyFields =>
        Policy.Fields.Select(f => $"{f.Section.Name}.{f.Field.Name}")
            .Concat(Policy.Family.Fields.Select(f => $"{AccessPolicy.FamilySectionName}.{f.Name}"));

    [Fact]
    public void The_table_and_the_policy_name_the_same_fields()
    {
        var table = ExpectedAccess.Profile.Keys.Concat(ExpectedAccess.Family.Keys).Order(StringComparer.Ordinal);

        Assert.Equal(table, PolicyFields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_table_and_the_policy_name_the_same_roles()
    {
        Assert.Equal(ExpectedAccess.Roles.Order(StringComparer.Ordinal), Policy.Roles.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Each_field_is_shown_to_the_role_exactly_as_the_table_says(string role)
    {
        var wrong = PolicyFields
            .Where(ExpectedAccess.Profile.ContainsKey)
            .Concat(ExpectedAccess.Family.Keys)
            .Distinct()
            .Select(field => (field, expected: ExpectedAccess.Rule(field, role), actual: RuleOf(role, field)))
            .Where(cell => cell.expected != cell.actual)
            .Select(cell => $"{cell.field}: table says {cell.expected}, policy says {cell.actual}")
            .ToList();

        Assert.True(wrong.Count == 0, $"{role}:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Break_the_glass_audit_and_stewardship_go_to_the_roles_the_table_names()
    {
        Assert.Equal(Sorted(ExpectedAccess.BreakGlassRoles), Sorted(Policy.BreakGlassRoles));
        Assert.Equal(Sorted(ExpectedAccess.AuditReaders), Sorted(Policy.AuditReaders));
        Assert.Equal(Sorted(ExpectedAccess.BreakGlassReviewers), Sorted(Policy.BreakGlassReviewers));
        Assert.Equal(Sorted(ExpectedAccess.IdentityStewards), Sorted(Policy.IdentityStewards));
    }

    [Fact]
    public void The_worklist_goes_to_the_roles_the_table_names()
    {
        Assert.Equal(Sorted(ExpectedAccess.WorklistReaders), Sorted(Policy.WorklistReaders));
        Assert.Equal(Sorted(ExpectedAccess.WorklistAssigners), Sorted(Policy.WorklistAssigners));
        Assert.Equal(Sorted(ExpectedAccess.FamilyReviewers), Sorted(Policy.FamilyReviewers));
    }

    [Theory]
    [InlineData("socialcare")]
    [InlineData("youthoffending")]
    [InlineData("education")]
    [InlineData("earlyyears")]
    public void Service_records_are_team_scoped_for_the_roles_the_table_names(string service)
    {
        Assert.Equal(Sorted(ExpectedAccess.TeamScopedRoles[service]), Sorted(Policy.TeamScopedRoles(service)));
    }

    private static string RuleOf(string role, string field)
    {
        var (section, name) = (field[..field.IndexOf('.')], field[(field.IndexOf('.') + 1)..]);
        return Policy.Rule(role, section, name).Name();
    }

    private static List<string> Sorted(IEnumerable<string> roles) => [.. roles.Order(StringComparer.Ordinal)];
}
