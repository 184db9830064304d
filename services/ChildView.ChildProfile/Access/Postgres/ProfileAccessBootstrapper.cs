using ChildView.ChildProfile.Children.Postgres;
using ChildView.ChildProfile.Data;
using ChildView.Contracts.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ChildView.ServiceKit.Access.Postgres;
using ChildView.ServiceKit.Auditing;
using ChildView.ServiceKit.Auditing.Postgres;
using Npgsql;

namespace ChildView.ChildProfile.Access.Postgres;

/// <summary>Applies the policy's roles, grants and row policies after migrations, before the service takes traffic.</summary>
public sealed class ProfileAccessBootstrapper(IServiceScopeFactory scopes, ProfileReaderOptions reader, CallerProof proof, AuditAnchorFile anchors, ILogger<ProfileAccessBootstrapper> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => RoleRaces.RetryAsync(() => ApplyAsync(cancellationToken), logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProfileDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        foreach (var statement in ProfileAccessSql.Statements(AccessPolicy.Current, reader.Password))
        {
            // Plain commands: the statements carry literal braces that EF's raw-SQL formatting would misread.
            await using var command = connection.CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = statement;
            if (statement.Contains("@key", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter("key", proof.Key));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var keyed = await NameKeyBackfill.RunAsync(connection, transaction.GetDbTransaction(), cancellationToken);
        if (keyed > 0)
        {
            logger.LogInformation("Search keys written for {Children} children's names", keyed);
        }

        await using (var identity = connection.CreateCommand())
        {
            identity.Transaction = transaction.GetDbTransaction();
            identity.CommandText = AuditLogSql.AnchorFileName;
            anchors.Locate((string)(await identity.ExecuteScalarAsync(cancellationToken))!);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Access policy {Version} applied to the profile database", AccessPolicy.Current.Version);
    }
}
