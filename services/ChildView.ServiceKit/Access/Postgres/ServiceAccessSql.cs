using ChildView.Contracts.Access;
using ChildView.ServiceKit.Audit.Postgres;

namespace ChildView.ServiceKit.Access.Postgres;

/// <summary>
/// A service database's roles, grants and row policies, generated from the policy's <c>services</c>
/// block as the profile's are from its sections: a NOLOGIN role per job role and one for machine
/// clients, each granted only what its read rule and write actions need, row policies holding
/// <c>team</c> and <c>caseload</c> rules to the children allocated to the signed caller, and a
/// NOINHERIT login that can do nothing until a request takes one of those roles. Applied at every start.
/// </summary>
public static class ServiceAccessSql
{
    public const string OutboxTable = "outbox_messages";

    public const string TeamChildrenView = "cv_team_children";

    public const string CaseloadChildrenView = "cv_caseload_children";

    /// <summary>
    /// Every row policy, <c>any</c> and the machine role's included, requires a caller the API signed for the
    /// role in use: a statement that switches to another role the login holds, or settings typed by hand, see no row.
    /// </summary>
    public const string SignedCaller = "(SELECT cv_user_name()) IS NOT NULL";

    /// <summary>Set once, when a record is created; no role may rewrite them.</summary>
    private static readonly string[] NeverUpdated = ["id", "created_at", "created_by"];

    /// <summary>Only a soft delete writes these; a role without <c>delete</c> cannot.</summary>
    private static readonly string[] DeletionColumns = ["deleted_at", "deletion_reason"];

    /// <summary>What a soft delete changes (<c>ChildRecord.SoftDelete</c>) with the pipeline's stamp.</summary>
    private static readonly string[] DeleteColumns = [.. DeletionColumns, "state", "version", "updated_at", "updated_by"];

    private const long BootstrapLockKey = 0x4356_5356_4344;

    public static string DbRole(string service, string role) => $"cv_{service}_{role.Replace('-', '_')}";

    /// <summary>Machine clients (no job role) act in this role: every record, within their OAuth scopes.</summary>
    public static string MachineRole(string service) => $"cv_{service}_machine";

    /// <summary>The API's request login: NOINHERIT, so it reads and writes nothing until it takes a role for one transaction.</summary>
    public static string Login(string service) => $"cv_{service}_api";

    /// <summary>Every role a request may take, job roles first.</summary>
    public static IReadOnlyList<string> RequestRoles(AccessPolicy policy, string service) =>
        [.. policy.Roles.Select(role => DbRole(service, role)), MachineRole(service), ServiceAuditSql.WriterRole(service)];

    public static IReadOnlyList<string> Statements(AccessPolicy policy, ServiceDatabaseTables tables, IReadOnlyDictionary<string, IReadOnlyList<string>> columns, string loginPassword)
    {
        var service = tables.Service;
        var login = Login(service);
        var auditWriter = ServiceAuditSql.WriterRole(service);
        var granted = policy.Roles.Select(role => DbRole(service, role)).Append(MachineRole(service)).ToList();
        var sql = new List<string> { $"SELECT pg_advisory_xact_lock({BootstrapLockKey})" };

        sql.AddRange(RequestRoles(policy, service).Select(role => PostgresText.CreateRoleIfMissing(role, "NOLOGIN")));
        sql.Add(PostgresText.CreateRoleIfMissing(login, "LOGIN NOINHERIT"));
        sql.Add($"ALTER ROLE {login} WITH LOGIN NOINHERIT PASSWORD {PostgresText.Literal(loginPassword)}");
        sql.AddRange(RequestRoles(policy, service).Select(role => PostgresText.GrantMembershipIfMissing(role, login)));
        sql.AddRange(granted.Select(role => PostgresText.GrantMembershipIfMissing(auditWriter, role)));

        var allTables = tables.AllTables.ToList();
        var everyone = string.Join(", ", RequestRoles(policy, service).Append(login).Append("PUBLIC"));
        sql.AddRange(allTables.Select(table => $"REVOKE ALL ON {table} FROM {everyone}"));
        var recordTables = tables.Records.Select(r => r.Table).Distinct(StringComparer.Ordinal).ToList();
        sql.AddRange(recordTables.Select(table => $"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"));
        sql.Add($"""
            DO $$ DECLARE p record; BEGIN
              FOR p IN SELECT policyname, tablename FROM pg_policies
                       WHERE schemaname = 'public' AND policyname LIKE 'cv\_%' AND tablename = ANY({PostgresText.TextArray(recordTables)}) LOOP
                EXECUTE format('DROP POLICY %I ON %I', p.policyname, p.tablename);
              END LOOP;
            END $$
            """);

        sql.AddRange(CallerProofSql.Statements());
        sql.Add(CallerProofSql.GrantCheck(granted));
        sql.AddRange(RelationshipViews(tables.Allocations, policy.Roles.Select(role => DbRole(service, role))));

        foreach (var access in Access(policy, tables, columns))
        {
            sql.AddRange(GrantStatements(access, recordTables.Contains(access.Table)));
        }
        return sql;
    }

    /// <summary>What every generated role may do to every table, from the policy; the generated grants and the drift test both read it.</summary>
    public static IReadOnlyList<ServiceTableAccess> Access(AccessPolicy policy, ServiceDatabaseTables tables, IReadOnlyDictionary<string, IReadOnlyList<string>> columns)
    {
        var service = tables.Service;
        var access = new Dictionary<(string Role, string Table), ServiceTableAccess>();
        ServiceTableAccess On(string dbRole, string table) =>
            access.TryGetValue((dbRole, table), out var found) ? found : access[(dbRole, table)] = new ServiceTableAccess(dbRole, table);
        IReadOnlyList<string> ColumnsOf(string table) =>
            columns.TryGetValue(table, out var found) ? found : throw new InvalidOperationException($"{service} has no table '{table}' to grant on.");
        var allocationType = tables.Allocations is { } allocations ? tables.Records.SingleOrDefault(r => r.Table == allocations.Table)?.RecordType : null;

        foreach (var role in policy.Roles)
        {
            var dbRole = DbRole(service, role);
            foreach (var (_, recordType) in policy.Services.RecordTypes.Where(r => r.Service == service))
            {
                var rule = policy.Services.Read([role], service, recordType);
                if (rule == Relationship.None)
                {
                    continue;
                }

                var record = tables.For(recordType);
                var main = On(dbRole, record.Table);
                var predicate = Predicate(rule, record.Table, tables);
                main.Select = true;
                main.SelectPredicates.Add(predicate);
                foreach (var companion in record.Reads)
                {
                    var read = On(dbRole, companion);
                    read.Select = true;
                    read.SelectPredicates.Add(Predicate(rule, companion, tables));
                }

                if (tables.Allocations is { } allocationTable)
                {
                    // Every scoped query asks the allocations which children are in scope, so every reader reads them, as far as its allocation rule allows.
                    var allocationRule = allocationType is null ? rule : policy.Services.Read([role], service, allocationType);
                    var allocationsRead = On(dbRole, allocationTable.Table);
                    allocationsRead.Select = true;
                    if (allocationRule != Relationship.None)
                    {
                        allocationsRead.SelectPredicates.Add(Predicate(allocationRule, allocationTable.Table, tables));
                    }
                }

                bool May(RecordAction action) => policy.Services.MayChange([role], service, recordType, action);
                if (May(RecordAction.Create))
                {
                    main.Insert = true;
                    main.InsertPredicates.Add(predicate);
                    foreach (var written in record.CreateWrites)
                    {
                        WriteWhole(On(dbRole, written), ColumnsOf(written));
                    }

                    if (record.CreateUpdates)
                    {
                        Update(main, ColumnsOf(record.Table).Except(DeletionColumns), predicate);
                    }
                }

                if (May(RecordAction.Update) || May(RecordAction.Close))
                {
                    Update(main, ColumnsOf(record.Table).Except(DeletionColumns), predicate);
                }

                if (May(RecordAction.Delete))
                {
                    Update(main, DeleteColumns.Intersect(ColumnsOf(record.Table)), predicate);
                }

                if (new[] { RecordAction.Create, RecordAction.Update, RecordAction.Close, RecordAction.Delete }.Any(May))
                {
                    Outbox(On(dbRole, OutboxTable));
                }
            }
        }

        var machine = MachineRole(service);
        foreach (var record in tables.Records)
        {
            var main = On(machine, record.Table);
            main.Select = true;
            main.Insert = true;
            main.SelectPredicates.Add(SignedCaller);
            main.InsertPredicates.Add(SignedCaller);
            Update(main, ColumnsOf(record.Table), SignedCaller);
            foreach (var companion in record.Reads)
            {
                var read = On(machine, companion);
                read.Select = true;
                read.SelectPredicates.Add(SignedCaller);
            }

            foreach (var written in record.CreateWrites)
            {
                WriteWhole(On(machine, written), ColumnsOf(written));
            }
        }

        Outbox(On(machine, OutboxTable));
        return [.. access.Values.OrderBy(a => a.DbRole, StringComparer.Ordinal).ThenBy(a => a.Table, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The row predicate of a read rule on a table: <c>any</c> every row (for a signed caller); <c>team</c>/<c>caseload</c> the rows of
    /// children with an open allocation to one of the signed caller's teams / to the signed caller — and on the
    /// allocation table itself, the allocations of those teams / to that caller, as the API's query filter reads them.
    /// </summary>
    public static string Predicate(Relationship rule, string table, ServiceDatabaseTables tables) => (rule, tables.Allocations) switch
    {
        (Relationship.Any, _) => SignedCaller,
        (Relationship.Team, { } allocations) when allocations.Table == table => $"lower({allocations.TeamColumn}) = ANY ((SELECT cv_teams())::text[])",
        (Relationship.Caseload, { } allocations) when allocations.Table == table => $"{allocations.WorkerColumn} = (SELECT cv_user_name())",
        (Relationship.Team, not null) => $"EXISTS (SELECT 1 FROM {TeamChildrenView} c WHERE c.child_local_id = {table}.child_local_id)",
        (Relationship.Caseload, not null) => $"EXISTS (SELECT 1 FROM {CaseloadChildrenView} c WHERE c.child_local_id = {table}.child_local_id)",
        _ => throw new NotSupportedException($"{tables.Service}: a '{rule}' rule on {table} cannot be enforced (team and caseload need allocations)."),
    };

    private static void Update(ServiceTableAccess access, IEnumerable<string> columns, string predicate)
    {
        access.UpdateColumns.UnionWith(columns.Except(NeverUpdated));
        access.UpdatePredicates.Add(predicate);
    }

    private static void WriteWhole(ServiceTableAccess access, IReadOnlyList<string> columns)
    {
        access.Select = true;
        access.Insert = true;
        access.UpdateColumns.UnionWith(columns.Except(NeverUpdated));
    }

    /// <summary>A write stages its event: INSERT, and the database-assigned sequence EF reads back.</summary>
    private static void Outbox(ServiceTableAccess access)
    {
        access.Insert = true;
        access.SelectColumns.Add("sequence");
    }

    private static IEnumerable<string> GrantStatements(ServiceTableAccess access, bool rowSecured)
    {
        var (role, table) = (access.DbRole, access.Table);
        if (access.Select)
        {
            yield return $"GRANT SELECT ON {table} TO {role}";
        }
        else if (access.SelectColumns.Count > 0)
        {
            yield return $"GRANT SELECT ({string.Join(", ", access.SelectColumns)}) ON {table} TO {role}";
        }

        if (access.Insert)
        {
            yield return $"GRANT INSERT ON {table} TO {role}";
        }

        if (access.UpdateColumns.Count > 0)
        {
            yield return $"GRANT UPDATE ({string.Join(", ", access.UpdateColumns)}) ON {table} TO {role}";
        }

        if (!rowSecured)
        {
            yield break;
        }

        // One permissive policy per command; a command without one sees (or changes) no row.
        if (access.SelectPredicates.Count > 0)
        {
            yield return $"CREATE POLICY {role}_select ON {table} FOR SELECT TO {role} USING ({Any(access.SelectPredicates)})";
        }

        if (access.Insert && access.InsertPredicates.Count > 0)
        {
            yield return $"CREATE POLICY {role}_insert ON {table} FOR INSERT TO {role} WITH CHECK ({Any(access.InsertPredicates)})";
        }

        if (access.UpdatePredicates.Count > 0)
        {
            var predicate = Any(access.UpdatePredicates);
            yield return $"CREATE POLICY {role}_update ON {table} FOR UPDATE TO {role} USING ({predicate}) WITH CHECK ({predicate})";
        }
    }

    private static string Any(IEnumerable<string> predicates) => string.Join(" OR ", predicates.Select(p => $"({p})"));

    /// <summary>
    /// The signed caller's children, read with the owner's rights (security barriers, so no caller-supplied
    /// function sees rows first): a role may ask "is this child my team's" without reading other allocations.
    /// </summary>
    private static IEnumerable<string> RelationshipViews(AllocationTable? allocations, IEnumerable<string> jobRoles)
    {
        if (allocations is null)
        {
            yield break;
        }

        var open = $"state = 'Open' AND deleted_at IS NULL";
        yield return $"""
            CREATE OR REPLACE VIEW {TeamChildrenView} WITH (security_barrier) AS
            SELECT child_local_id FROM {allocations.Table} WHERE {open} AND lower({allocations.TeamColumn}) = ANY ((SELECT cv_teams())::text[])
            """;
        yield return $"""
            CREATE OR REPLACE VIEW {CaseloadChildrenView} WITH (security_barrier) AS
            SELECT child_local_id FROM {allocations.Table} WHERE {open} AND {allocations.WorkerColumn} = (SELECT cv_user_name())
            """;
        yield return $"REVOKE ALL ON {TeamChildrenView}, {CaseloadChildrenView} FROM PUBLIC";
        yield return $"GRANT SELECT ON {TeamChildrenView}, {CaseloadChildrenView} TO {string.Join(", ", jobRoles)}";
    }
}
