using ChildView.ServiceKit.Audit.Postgres;
using ChildView.ServiceKit.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ChildView.ServiceKit.Access.Postgres;

/// <summary>
/// A record request's transaction on the service's NOINHERIT request login: <c>SET LOCAL ROLE</c> to the
/// caller's generated role (so it cannot outlive the transaction on a pooled connection) with the caller
/// signed by <see cref="CallerProof"/>, on the request's own DbContext so the feature's EF work and the
/// audit row run inside it.
/// </summary>
public sealed class PostgresRecordTransaction<TContext>(TContext db, ServiceDatabaseLogin login, CallerProof proof) : IRecordTransaction
    where TContext : DbContext
{
    public async Task BeginAsync(ServiceCaller caller, string? jobRole, CancellationToken cancellationToken)
    {
        var loginConnection = login.ConnectionString(db.Database.GetConnectionString()!);
        if (db.Database.GetConnectionString() != loginConnection)
        {
            db.Database.SetConnectionString(loginConnection);
        }

        var dbRole = caller.IsMachine ? ServiceAccessSql.MachineRole(login.Service)
            : jobRole is null ? ServiceAuditSql.WriterRole(login.Service)
            : ServiceAccessSql.DbRole(login.Service, jobRole);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await proof.StateAsync(
            (NpgsqlConnection)db.Database.GetDbConnection(),
            (NpgsqlTransaction)transaction.GetDbTransaction(),
            new DatabaseCaller(dbRole, caller.Actor, caller.Teams),
            cancellationToken);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => db.Database.CommitTransactionAsync(cancellationToken);

    public Task RollbackAsync(CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null ? Task.CompletedTask : db.Database.RollbackTransactionAsync(cancellationToken);
}
