using ChildView.Contracts.Access;
using ChildView.ServiceKit.Access.Postgres;

namespace ChildView.ChildProfile.Access.Postgres;

/// <summary>
/// The profile database's roles, column privileges and row policies, generated from the access
/// policy. Applied at every start-up, so a policy change is enforced by the database on the next
/// deployment without anyone writing SQL by hand.
/// </summary>
public static class ProfileAccessSql
{
    /// <summary>The application's read login: NOINHERIT, so it sees nothing until it takes a job role for one transaction.</summary>
    public const string ReaderLogin = "cv_profile_reader";

    /// <summary>Child id and source of every live record, readable by the roles told which services are involved.</summary>
    public const string ServicesInvolvedView = "cv_services_involved";

    private const long BootstrapLockKey = 0x4356_5052_4F46;

    /// <summary>Which columns of <c>children</c> each summary field is made of; <c>id</c> is always readable.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> SummaryColumns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["names"] = ["given_name", "family_name", "sex"],
        ["dateOfBirth"] = ["date_of_birth"],
        ["identifiers"] = ["upn", "nhs_number", "postcode"],
        ["servicesInvolved"] = [],
        ["flags"] = [],
    };

    /// <summary>Search keys granted with the summary field they are derived from, though never selected for display.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> SearchKeyColumns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["names"] = ["given_name_folded", "family_name_folded"],
    };

    private static readonly string[] ProtectedTables =
        [
            "children", "service_records", "child_identifiers", "source_links", "allocations", "break_glass_grants", "audit_events", "inbox_messages",
            "outbox_messages", "identity_reviews", "child_merges", Stewardship.StewardDecisionModel.DecisionsTable, Stewardship.StewardDecisionModel.VerdictsTable,
            Indicators.FlagEpisodeModel.Table, .. Families.Postgres.FamilyAccessSql.TableFields.Keys,
        ];

    public static string DbRole(string role) => "cv_profile_" + role.Replace('-', '_');

    public static IReadOnlyList<string> Statements(AccessPolicy policy, string readerPassword)
    {
        var sql = new List<string> { $"SELECT pg_advisory_xact_lock({BootstrapLockKey})" };
        foreach (var role in policy.Roles)
        {
            sql.Add(PostgresText.CreateRoleIfMissing(DbRole(role), "NOLOGIN"));
        }

        sql.Add(PostgresText.CreateRoleIfMissing(ReaderLogin, "LOGIN NOINHERIT"));
        sql.Add($"ALTER ROLE {ReaderLogin} WITH LOGIN NOINHERIT PASSWORD {PostgresText.Literal(readerPassword)}");
        sql.AddRange(policy.Roles.Select(role => $"GRANT {DbRole(role)} TO {ReaderLogin}"));

        var everyone = string.Join(", ", policy.Roles.Select(DbRole).Append(ReaderLogin).Append("PUBLIC"));
        sql.AddRange(ProtectedTables.Select(table => $"REVOKE ALL ON {table} FROM {everyone}"));
        sql.Add("ALTER TABLE children ENABLE ROW LEVEL SECURITY");
        sql.Add("ALTER TABLE service_records ENABLE ROW LEVEL SECURITY");
        sql.AddRange(Indicators.Postgres.FlagAccessSql.TableStatements());
        sql.Add("""
            DO $$ DECLARE p record; BEGIN
              FOR p IN SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public' AND policyname LIKE 'cv\_%' LOOP
                EXECUTE format('DROP POLICY %I ON %I', p.policyname, p.tablename);
              END LOOP;
            END $$
            """);
        // Set-returning functions of an earlier policy generation; the policies using them are gone.
        sql.Add("DROP FUNCTION IF EXISTS cv_caseload_children(), cv_team_children(), cv_break_glass_children()");
        sql.AddRange(RelationshipViews([.. policy.Roles.Select(DbRole)]));
        foreach (var role in policy.Roles)
        {
            sql.AddRange(RoleStatements(policy, role));
            sql.AddRange(Indicators.Postgres.FlagAccessSql.RoleStatements(policy, role));
        }

        sql.AddRange(ServicesInvolvedStatements(policy));
        sql.AddRange(Families.Postgres.FamilyAccessSql.Statements(policy, policy.Roles.Select(DbRole)));
        sql.AddRange(Audit.Postgres.AuditSql.Statements("CURRENT_USER", policy.Roles.Select(DbRole), policy.AuditReaders.Select(DbRole)));
        return sql;
    }

    private static IEnumerable<string> RoleStatements(AccessPolicy policy, string role)
    {
        var dbRole = DbRole(role);
        var summary = policy.Sections.Single(s => s.Name == "summary");
        var columns = new List<string>();
        foreach (var field in summary.Fields)
        {
            switch (policy.Rule(role, summary.Name, field.Name))
            {
                case Relationship.Any:
                    columns.AddRange(SummaryColumns[field.Name]);
                    columns.AddRange(SearchKeyColumns.GetValueOrDefault(field.Name, []));
                    break;
                case Relationship.None:
                    break;
                default:
                    throw new NotSupportedException($"summary.{field.Name} for {role}: summary fields are column grants, so their rule must be 'any' or 'none'.");
            }
        }

        if (policy.Rule(role, summary.Name, "names") == Relationship.Any)
        {
            yield return $"GRANT SELECT ({string.Join(", ", columns.Prepend("id"))}) ON children TO {dbRole}";
            // A child merged into another is gone from every view until a steward undoes the merge.
            yield return $"CREATE POLICY cv_{dbRole}_children ON children FOR SELECT TO {dbRole} USING (merged_into_id IS NULL)";
        }

        if (policy.Rule(role, summary.Name, "identifiers") == Relationship.Any)
        {
            yield return $"GRANT SELECT ON child_identifiers TO {dbRole}";
        }

        if (policy.IdentityStewards.Contains(role))
        {
            yield return $"GRANT SELECT ON identity_reviews, child_merges, source_links, {Stewardship.StewardDecisionModel.DecisionsTable} TO {dbRole}";
        }

        var predicate = RecordPredicate(policy, role);
        if (predicate is not null)
        {
            yield return $"GRANT SELECT ON service_records TO {dbRole}";
            yield return $"CREATE POLICY cv_{dbRole}_records ON service_records FOR SELECT TO {dbRole} USING ({predicate})";
        }
    }

    /// <summary>
    /// Record types grouped by the relationship they need. Each relationship test is an EXISTS on a
    /// relationship view keyed by child: for a point read PostgreSQL probes the index once, for a list
    /// it hashes the caller's set once. (An uncorrelated IN over the caller's whole team cost ~3 ms per
    /// point read at a million children, growing with team size: measured by make bench-rls.)
    /// </summary>
    private static string? RecordPredicate(AccessPolicy policy, string role)
    {
        var byRule = policy.Fields
            .Where(f => f.Section.Name != "summary")
            .SelectMany(f => f.Field.RecordTypes.Select(type => (Type: type, Rule: policy.Rule(role, f.Section.Name, f.Field.Name))))
            .Where(r => r.Rule != Relationship.None)
            .ToLookup(r => r.Rule, r => r.Type);

        var clauses = new List<string>();
        if (byRule[Relationship.Any].Any())
        {
            clauses.Add($"record_type = ANY({TextArray(byRule[Relationship.Any])})");
        }

        if (byRule[Relationship.Team].Any())
        {
            clauses.Add($"(record_type = ANY({TextArray(byRule[Relationship.Team])}) AND {Related("cv_team_allocations")})");
        }

        if (byRule[Relationship.Caseload].Any())
        {
            clauses.Add($"(record_type = ANY({TextArray(byRule[Relationship.Caseload])}) AND {Related("cv_caseload_allocations")})");
        }

        var grantable = byRule[Relationship.Team].Concat(byRule[Relationship.Caseload]).Concat(byRule[Relationship.BreakGlass]).ToList();
        if (grantable.Count > 0)
        {
            clauses.Add($"(record_type = ANY({TextArray(grantable)}) AND {Related("cv_live_break_glass")})");
        }

        return clauses.Count == 0 ? null : string.Join(" OR ", clauses);
    }

    private static string Related(string view) => $"EXISTS (SELECT 1 FROM {view} r WHERE r.child_id = service_records.child_id)";

    /// <summary>
    /// The caller's relationships, as <see cref="CallerProof"/> states them. The views run with their
    /// owner's rights (security barriers, so no caller-supplied function sees rows first): job roles
    /// may ask "is this child mine or my team's" without reading anyone else's allocations.
    /// </summary>
    private static IEnumerable<string> RelationshipViews(IReadOnlyList<string> jobRoles)
    {
        foreach (var statement in CallerProofSql.Statements())
        {
            yield return statement;
        }

        yield return """
            CREATE OR REPLACE VIEW cv_caseload_allocations WITH (security_barrier) AS
            SELECT child_id FROM allocations WHERE active AND worker_user_name = (SELECT cv_user_name())
            """;
        yield return """
            CREATE OR REPLACE VIEW cv_team_allocations WITH (security_barrier) AS
            SELECT child_id FROM allocations WHERE active AND (team = ANY((SELECT cv_teams())::text[]) OR worker_user_name = (SELECT cv_user_name()))
            """;
        yield return """
            CREATE OR REPLACE VIEW cv_live_break_glass WITH (security_barrier) AS
            SELECT child_id FROM break_glass_grants WHERE user_name = (SELECT cv_user_name()) AND expires_at > now()
            """;
        var roles = string.Join(", ", jobRoles);
        yield return CallerProofSql.GrantCheck(jobRoles);
        yield return $"REVOKE ALL ON cv_caseload_allocations, cv_team_allocations, cv_live_break_glass FROM PUBLIC";
        yield return $"GRANT SELECT ON cv_caseload_allocations, cv_team_allocations, cv_live_break_glass TO {roles}";
    }

    /// <summary>
    /// Which services hold a live record of a child, for the roles whose <c>summary.servicesInvolved</c>
    /// rule is <c>any</c>. It follows that rule, not the records' own: the view runs with its owner's
    /// rights, so the records' row policies do not hide a service the role may not read but may know of.
    /// It shows the source of a record, never the record.
    /// </summary>
    private static IEnumerable<string> ServicesInvolvedStatements(AccessPolicy policy)
    {
        yield return $"""
            CREATE OR REPLACE VIEW {ServicesInvolvedView} WITH (security_barrier) AS
            SELECT child_id, source_system FROM service_records WHERE state <> 'Deleted'
            """;
        yield return $"REVOKE ALL ON {ServicesInvolvedView} FROM {string.Join(", ", policy.Roles.Select(DbRole).Append(ReaderLogin).Append("PUBLIC"))}";
        var told = policy.Roles.Where(role => policy.Rule(role, "summary", "servicesInvolved") == Relationship.Any).Select(DbRole).ToList();
        if (told.Count > 0)
        {
            yield return $"GRANT SELECT ON {ServicesInvolvedView} TO {string.Join(", ", told)}";
        }
    }

    /// <summary>A text[] literal of the given values, sorted and escaped.</summary>
    public static string TextArray(IEnumerable<string> values) => PostgresText.TextArray(values);
}
