using ChildView.ServiceKit.Auditing;
using ChildView.ServiceKit.Auditing.Postgres;

namespace ChildView.ChildProfile.Audit.Postgres;

/// <summary>The profile's audit log: which columns the chain seals, and who may append or read it.</summary>
public static class AuditSql
{
    public static readonly AuditLogTable Log = new(
        "audit_events",
        "seq",
        [
            "e.seq::text", "to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')", "e.user_name", "e.role", "e.teams",
            "e.child_id::text", "e.child_ids::text", "e.action", "e.sections", "e.purpose", "e.outcome", "e.client_address",
        ],
        ["user_name", "role", "teams", "child_id", "child_ids", "action", "sections", "purpose", "outcome", "client_address"]);

    public static IEnumerable<string> Statements(string appLogin, IEnumerable<string> writerRoles, IEnumerable<string> readerRoles) =>
        AuditLogSql.Statements(Log, appLogin, writerRoles, readerRoles);

    public const string InsertStatement = """
        INSERT INTO audit_events (user_name, role, teams, child_id, child_ids, action, sections, purpose, outcome, client_address)
        VALUES (@user, @role, @teams, @child, @children, @action, @sections, @purpose, @outcome, @address)
        """;
}
