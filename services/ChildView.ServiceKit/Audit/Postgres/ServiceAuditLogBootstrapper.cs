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
    public Task StartAsync(CancellationToken cancellationToken) => RoleRaces.RetryAsync(() => ProtectAsync(cancellationToken), logger, cancellationToken);

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
}
