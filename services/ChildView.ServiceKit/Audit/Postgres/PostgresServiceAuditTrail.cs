using Microsoft.EntityFrameworkCore;

namespace ChildView.ServiceKit.Audit.Postgres;

/// <summary>
/// Appends to the service database's <c>audit_events</c> through the request's own DbContext, naming only
/// the columns a writer may insert: the database stamps the number and the time (<see cref="ServiceAuditSql"/>).
/// </summary>
public sealed class PostgresServiceAuditTrail<TContext>(TContext db) : IServiceAuditTrail
    where TContext : DbContext
{
    public async Task AppendAsync(ServiceAuditEntry entry, CancellationToken cancellationToken)
    {
        string[] roles = [.. entry.Roles];
        string[] teams = [.. entry.Teams];
        Guid[] recordIds = [.. entry.RecordIds];
        string[] children = [.. entry.ChildLocalIds];
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO audit_events (actor, roles, teams, action, record_type, record_ids, child_local_ids, outcome, client_address)
            VALUES ({entry.Actor}, {roles}, {teams}, {entry.Action}, {entry.RecordType}, {recordIds}, {children}, {entry.Outcome}, {entry.ClientAddress})
            """,
            cancellationToken);
    }
}
