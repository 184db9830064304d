using ChildView.ServiceKit.Auditing;
using ChildView.ServiceKit.Auditing.Postgres;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildView.ServiceKit.Audit.Postgres;

/// <summary>
/// Protects the service's audit log after migrations and before traffic (<see cref="ServiceAuditSql.Statements"/>),
/// and names its anchor file after the database.
/// </summary>
public sealed class ServiceAuditLogBootstrapper(string service, AuditLogOwner owner, AuditAnchorFile anchors, ILogger<ServiceAuditLogBootstrapper> logger) : IHostedService
{
    private const int Attempts = 5;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ProtectAsync(cancellationToken);
                return;
            }
            catch (PostgresException e) when (attempt < Attempts && IsRoleRace(e))
            {
                logger.LogInformation("Audit log protection of {Service} raced another start-up ({SqlState}); retrying", service, e.SqlState);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt * Random.Shared.Next(1, 4)), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ProtectAsync(CancellationToken cancellationToken)
    {
        await using var connection = await owner.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var statement in ServiceAuditSql.Statements(service))
        {
            await using var command = new NpgsqlCommand(statement, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var name = new NpgsqlCommand(AuditLogSql.AnchorFileName, connection, transaction))
        {
            anchors.Locate((string)(await name.ExecuteScalarAsync(cancellationToken))!);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Audit log of {Service} protected; anchors in {AnchorFile}", service, anchors.Path);
    }

    /// <summary>
    /// Roles are the server's, not the database's: another service starting on the same server may create
    /// them, or grant and revoke the owner role to the same login, at the same moment. Retrying settles it.
    /// </summary>
    private static bool IsRoleRace(PostgresException e) => e.SqlState is PostgresErrorCodes.UniqueViolation
        or PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.InsufficientPrivilege
        or PostgresErrorCodes.InternalError; // "tuple concurrently updated" on a role membership
}
