namespace ChildView.ServiceKit.Auditing.Postgres;

/// <summary>
/// An audit table's protection in PostgreSQL. The table and its chain belong to a role nobody logs in
/// as; job roles may only insert content, the sequence is taken after the inserting transaction has
/// its id (so the chainer can tell when every lower number is settled), and rows are chained later,
/// off the read path, by <see cref="AuditChainer"/> with a key the database never sees.
/// </summary>
public static class AuditLogSql
{
    public const string OwnerRole = "cv_audit_owner";

    /// <param name="appLogin">The application's owner login: writes refusals, runs the chainer.</param>
    public static IEnumerable<string> Statements(AuditLogTable log, string appLogin, IEnumerable<string> writerRoles, IEnumerable<string> readerRoles)
    {
        var (table, chain, seq) = (log.Table, log.ChainTable, log.SequenceColumn);
        yield return $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{OwnerRole}') THEN CREATE ROLE {OwnerRole} NOLOGIN; END IF; END $$";
        // A table's new owner must be able to create in its schema; nobody logs in as this role.
        yield return $"GRANT USAGE, CREATE ON SCHEMA public TO {OwnerRole}";
        yield return $"CREATE TABLE IF NOT EXISTS {chain} ({seq} bigint PRIMARY KEY, prev_hash bytea NOT NULL, hash bytea NOT NULL)";

        // Only a member of the owner role may hand a table to it; the login is a member for this transaction only.
        yield return $"GRANT {OwnerRole} TO CURRENT_USER";
        yield return $"ALTER TABLE {table} OWNER TO {OwnerRole}";
        yield return $"ALTER TABLE {chain} OWNER TO {OwnerRole}";
        yield return $"""
            CREATE OR REPLACE FUNCTION {table}_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
            $$ BEGIN
                 -- The transaction id first, then the number: every number below the chainer's horizon is then settled.
                 PERFORM pg_current_xact_id();
                 NEW.{seq} := nextval(pg_get_serial_sequence('{table}', '{seq}'));
                 NEW.occurred_at := clock_timestamp();
                 RETURN NEW;
               END $$
            """;
        yield return $"""
            CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege'; END $$
            """;
        foreach (var old in new[] { "cv_audit_chain", "cv_audit_append_only", "cv_audit_no_truncate", "cv_audit_stamp" })
        {
            yield return $"DROP TRIGGER IF EXISTS {old} ON {table}";
        }

        yield return "DROP FUNCTION IF EXISTS cv_audit_chain()";
        yield return $"ALTER FUNCTION {table}_stamp() OWNER TO {OwnerRole}";
        yield return $"ALTER FUNCTION {table}_append_only() OWNER TO {OwnerRole}";
        yield return $"CREATE TRIGGER cv_audit_stamp BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_stamp()";
        foreach (var target in new[] { table, chain })
        {
            yield return $"DROP TRIGGER IF EXISTS cv_audit_append_only ON {target}";
            yield return $"CREATE TRIGGER cv_audit_append_only BEFORE UPDATE OR DELETE ON {target} FOR EACH ROW EXECUTE FUNCTION {table}_append_only()";
            yield return $"DROP TRIGGER IF EXISTS cv_audit_no_truncate ON {target}";
            yield return $"CREATE TRIGGER cv_audit_no_truncate BEFORE TRUNCATE ON {target} FOR EACH STATEMENT EXECUTE FUNCTION {table}_append_only()";
            yield return $"REVOKE ALL ON {target} FROM PUBLIC";
        }

        var insertable = string.Join(", ", log.InsertableColumns);
        foreach (var role in writerRoles.Append(appLogin))
        {
            yield return $"GRANT INSERT ({insertable}) ON {table} TO {role}";
        }

        yield return $"GRANT SELECT ON {table} TO {appLogin}";
        yield return $"GRANT SELECT, INSERT ON {chain} TO {appLogin}";
        yield return $"DO $$ BEGIN EXECUTE format('GRANT SELECT ON SEQUENCE %s TO {appLogin}', pg_get_serial_sequence('{table}', '{seq}')); END $$";
        foreach (var role in readerRoles)
        {
            yield return $"GRANT SELECT ON {table}, {chain} TO {role}";
        }

        yield return $"REVOKE {OwnerRole} FROM CURRENT_USER";
    }

    /// <summary>What the log's anchor file is named after: the database's name and identity, so a recreated database starts a new file.</summary>
    public const string AnchorFileName = "SELECT current_database() || '-' || oid FROM pg_database WHERE datname = current_database()";

    /// <summary>
    /// Whether the log and its chain are still there: the login that owns the database's schema may drop
    /// them, and a verification must then say so rather than fail.
    /// </summary>
    public static string Present(AuditLogTable log) =>
        $"SELECT to_regclass('{log.Table}') IS NOT NULL AND to_regclass('{log.ChainTable}') IS NOT NULL";

    /// <summary>The highest number handed out so far (the sequence's own row; no lock, no wait).</summary>
    public static string LastIssued(AuditLogTable log) =>
        $"SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM {SequenceOf(log)}";

    public static string SequenceOf(AuditLogTable log) => $"{log.Table}_{log.SequenceColumn}_seq";

    public const string SnapshotXmax = "SELECT pg_snapshot_xmax(pg_current_snapshot())::text";

    /// <summary>True once every transaction that was running at <c>@xmax</c> has ended.</summary>
    public const string SettledSince = "SELECT pg_snapshot_xmin(pg_current_snapshot()) >= @xmax::xid8";

    public const string TryChainLock = "SELECT pg_try_advisory_xact_lock(hashtext(@table), 1)";

    public static string Head(AuditLogTable log) =>
        $"SELECT {log.SequenceColumn}, hash FROM {log.ChainTable} ORDER BY {log.SequenceColumn} DESC LIMIT 1";

    public static string Unchained(AuditLogTable log) =>
        $"SELECT e.{log.SequenceColumn}, {string.Join(", ", log.Content)} FROM {log.Table} e WHERE e.{log.SequenceColumn} > @after AND e.{log.SequenceColumn} <= @upTo ORDER BY e.{log.SequenceColumn} LIMIT @take";

    public static string CopyChain(AuditLogTable log) =>
        $"COPY {log.ChainTable} ({log.SequenceColumn}, prev_hash, hash) FROM STDIN (FORMAT BINARY)";

    /// <summary>Every row of the log and of its chain side by side, in order: a row missing on either side shows as NULLs.</summary>
    public static string Walk(AuditLogTable log) =>
        $"""
        SELECT coalesce(e.{log.SequenceColumn}, c.{log.SequenceColumn}), e.{log.SequenceColumn} IS NOT NULL, c.prev_hash, c.hash, {string.Join(", ", log.Content)}
        FROM {log.Table} e FULL JOIN {log.ChainTable} c ON c.{log.SequenceColumn} = e.{log.SequenceColumn}
        ORDER BY 1
        """;
}
