using ChildView.ChildProfile.Access.Postgres;
using ChildView.Contracts.Access;

namespace ChildView.ChildProfile.Indicators.Postgres;

/// <summary>
/// Who may read which flag, generated from the access policy like the records' row policies. A
/// child's flag discloses the kinds of record it was raised from, so a role sees it only while it
/// may see every one of those kinds for that child; a family review flag only family reviewers see.
/// </summary>
public static class FlagAccessSql
{
    public static IEnumerable<string> TableStatements()
    {
        yield return $"ALTER TABLE {FlagEpisodeModel.Table} ENABLE ROW LEVEL SECURITY";
    }

    public static IEnumerable<string> RoleStatements(AccessPolicy policy, string role)
    {
        if (policy.Rule(role, "summary", "flags") != Relationship.Any)
        {
            yield break;
        }

        var dbRole = ProfileAccessSql.DbRole(role);
        var visible = $"(subject_kind = 'child' AND evidence_types <@ {VisibleTypes(policy, role)})";
        if (policy.FamilyReviewers.Contains(role))
        {
            visible += " OR subject_kind = 'family'";
        }

        yield return $"GRANT SELECT ON {FlagEpisodeModel.Table} TO {dbRole}";
        yield return $"CREATE POLICY cv_{dbRole}_flags ON {FlagEpisodeModel.Table} FOR SELECT TO {dbRole} USING ({visible})";
    }

    /// <summary>The record types the caller may see for the flag's child: those any child shows, plus those its relationship opens.</summary>
    private static string VisibleTypes(AccessPolicy policy, string role)
    {
        var byRule = policy.Fields
            .Where(f => f.Section.Name != "summary")
            .SelectMany(f => f.Field.RecordTypes.Select(type => (Type: type, Rule: policy.Rule(role, f.Section.Name, f.Field.Name))))
            .Where(r => r.Rule != Relationship.None)
            .ToLookup(r => r.Rule, r => r.Type);
        var grantable = byRule[Relationship.Team].Concat(byRule[Relationship.Caseload]).Concat(byRule[Relationship.BreakGlass]).ToList();
        var parts = new List<string> { ProfileAccessSql.TextArray(byRule[Relationship.Any]) };
        void When(string view, IEnumerable<string> types)
        {
            if (types.Any())
            {
                parts.Add($"CASE WHEN EXISTS (SELECT 1 FROM {view} r WHERE r.child_id = {FlagEpisodeModel.Table}.child_id) THEN {ProfileAccessSql.TextArray(types)} ELSE '{{}}'::text[] END");
            }
        }

        When("cv_team_allocations", byRule[Relationship.Team]);
        When("cv_caseload_allocations", byRule[Relationship.Caseload]);
        When("cv_live_break_glass", grantable);
        return "(" + string.Join(" || ", parts) + ")";
    }
}
