namespace ChildView.ServiceKit.Audit.Postgres;

/// <summary>
/// The services' <c>audit_events</c> table: append-only for everyone, the owner included, because
/// triggers refuse UPDATE, DELETE and TRUNCATE. Run from each service's migration.
/// </summary>
public static class ServiceAuditSql
{
    public const string Create = """
        CREATE TABLE audit_events (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            occurred_at timestamptz NOT NULL,
            actor text NOT NULL,
            roles text[] NOT NULL,
            teams text[] NOT NULL,
            action text NOT NULL,
            record_type text NOT NULL,
            record_ids uuid[] NOT NULL,
            child_local_ids text[] NOT NULL,
            outcome integer NOT NULL,
            client_address text NULL
        );
        CREATE INDEX ix_audit_events_occurred_at ON audit_events (occurred_at);
        CREATE INDEX ix_audit_events_child_local_ids ON audit_events USING gin (child_local_ids);
        CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
            FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
        CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
            FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
        """;

    public const string Drop = """
        DROP TABLE audit_events;
        DROP FUNCTION audit_events_append_only();
        """;
}
