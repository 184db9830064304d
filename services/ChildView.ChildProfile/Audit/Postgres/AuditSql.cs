namespace ChildView.ChildProfile.Audit.Postgres;

/// <summary>
/// The audit log's chaining and immutability, in PostgreSQL. The row text and the hash are computed
/// by the same function when a row is written and when the chain is verified.
/// </summary>
public static class AuditSql
{
    private const long ChainLockKey = 0x4356_4155_4449_54;

    public static IEnumerable<string> Statements(IEnumerable<string> writerRoles, IEnumerable<string> readerRoles)
    {
        yield return """
            CREATE OR REPLACE FUNCTION cv_audit_row_text(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS
            $$ SELECT concat_ws('|', e.seq, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                 coalesce(e.user_name, '\N'), coalesce(e.role, '\N'), coalesce(e.teams, '\N'), coalesce(e.child_id::text, '\N'),
                 coalesce(e.action, '\N'), coalesce(e.sections, '\N'), coalesce(e.purpose, '\N'), coalesce(e.outcome, '\N'),
                 coalesce(e.client_address, '\N')) $$
            """;
        yield return $"""
            CREATE OR REPLACE FUNCTION cv_audit_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
            $$ BEGIN
                 -- One writer at a time extends the chain, so sequence order is chain order.
                 PERFORM pg_advisory_xact_lock({ChainLockKey});
                 NEW.seq := nextval(pg_get_serial_sequence('audit_events', 'seq'));
                 NEW.occurred_at := clock_timestamp();
                 NEW.prev_hash := coalesce((SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1), '\x00'::bytea);
                 NEW.hash := sha256(NEW.prev_hash || convert_to(cv_audit_row_text(NEW), 'UTF8'));
                 RETURN NEW;
               END $$
            """;
        yield return """
            CREATE OR REPLACE FUNCTION cv_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege'; END $$
            """;
        yield return "DROP TRIGGER IF EXISTS cv_audit_chain ON audit_events";
        yield return "CREATE TRIGGER cv_audit_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION cv_audit_chain()";
        yield return "DROP TRIGGER IF EXISTS cv_audit_append_only ON audit_events";
        yield return "CREATE TRIGGER cv_audit_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION cv_audit_append_only()";
        yield return "DROP TRIGGER IF EXISTS cv_audit_no_truncate ON audit_events";
        yield return "CREATE TRIGGER cv_audit_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION cv_audit_append_only()";
        foreach (var role in writerRoles)
        {
            yield return $"GRANT INSERT (user_name, role, teams, child_id, action, sections, purpose, outcome, client_address) ON audit_events TO {role}";
        }

        foreach (var role in readerRoles)
        {
            yield return $"GRANT SELECT ON audit_events TO {role}";
        }
    }

    /// <summary>Recomputes every row's hash; the caller compares it and the link to the previous row.</summary>
    public const string VerificationQuery = """
        SELECT seq, prev_hash, hash, sha256(prev_hash || convert_to(cv_audit_row_text(a), 'UTF8')) AS expected
        FROM audit_events a ORDER BY seq
        """;

    public const string InsertStatement = """
        INSERT INTO audit_events (user_name, role, teams, child_id, action, sections, purpose, outcome, client_address)
        VALUES (@user, @role, @teams, @child, @action, @sections, @purpose, @outcome, @address)
        """;
}
