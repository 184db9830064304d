using ChildView.ChildProfile.Access.Postgres;
using ChildView.Contracts.Access;

namespace ChildView.ChildProfile.Families.Postgres;

/// <summary>
/// Grants and row policies for the derived family tables, from the policy's <c>family</c> fields.
/// A family rule is met by the caller's relationship to ANY child of the family, so the relationship
/// views here widen the allocation and break-the-glass views from a child to its family.
/// </summary>
public static class FamilyAccessSql
{
    /// <summary>Which family field each table discloses.</summary>
    public static readonly IReadOnlyDictionary<string, string> TableFields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["child_families"] = "members",
        ["family_links"] = "members",
        ["child_relatives"] = "adults",
        ["household_memberships"] = "households",
    };

    public const string CaseloadFamilies = "cv_caseload_family_children";
    public const string TeamFamilies = "cv_team_family_children";
    public const string BreakGlassFamilies = "cv_break_glass_family_children";

    public static IEnumerable<string> Statements(AccessPolicy policy, IEnumerable<string> jobRoles)
    {
        foreach (var table in TableFields.Keys)
        {
            yield return $"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY";
        }

        // Owner's rights and security barriers, like the child-level views: a role learns only
        // "is this child in a family I am related to", never anyone's allocations.
        yield return FamilyView(CaseloadFamilies, "cv_caseload_allocations");
        yield return FamilyView(TeamFamilies, "cv_team_allocations");
        yield return FamilyView(BreakGlassFamilies, "cv_live_break_glass");
        yield return $"REVOKE ALL ON {CaseloadFamilies}, {TeamFamilies}, {BreakGlassFamilies} FROM PUBLIC";
        yield return $"GRANT SELECT ON {CaseloadFamilies}, {TeamFamilies}, {BreakGlassFamilies} TO {string.Join(", ", jobRoles)}";

        foreach (var role in policy.Roles)
        {
            foreach (var (table, field) in TableFields)
            {
                if (Predicate(policy.Rule(role, AccessPolicy.FamilySectionName, field), table) is { } predicate)
                {
                    var dbRole = ProfileAccessSql.DbRole(role);
                    yield return $"GRANT SELECT ON {table} TO {dbRole}";
                    yield return $"CREATE POLICY cv_{dbRole}_{table} ON {table} FOR SELECT TO {dbRole} USING ({predicate})";
                }
            }
        }
    }

    private static string FamilyView(string name, string childView) => $"""
        CREATE OR REPLACE VIEW {name} WITH (security_barrier) AS
        SELECT member.child_id FROM {childView} related
        JOIN child_families anchor ON anchor.child_id = related.child_id
        JOIN child_families member ON member.family_id = anchor.family_id
        """;

    /// <summary>The row test for one rule; null when the rule is "none" (no grant at all).</summary>
    private static string? Predicate(Relationship rule, string table) => rule switch
    {
        Relationship.None => null,
        Relationship.Any => "true",
        Relationship.Team => $"{Related(TeamFamilies, table)} OR {Related(BreakGlassFamilies, table)}",
        Relationship.Caseload => $"{Related(CaseloadFamilies, table)} OR {Related(BreakGlassFamilies, table)}",
        _ => Related(BreakGlassFamilies, table),
    };

    private static string Related(string view, string table) => $"EXISTS (SELECT 1 FROM {view} r WHERE r.child_id = {table}.child_id)";
}
