using ChildView.Contracts.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildView.ServiceKit.Access.Postgres;

/// <summary>Applies the policy's roles, grants and row policies to the service database after migrations, before the API takes requests.</summary>
public sealed class ServiceAccessBootstrapper<TContext>(
    IServiceScopeFactory scopes, ServiceDatabaseTables tables, ServiceDatabaseLogin login, CallerProof proof, ILogger<ServiceAccessBootstrapper<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var columns = await ColumnsAsync(connection, transaction.GetDbTransaction(), cancellationToken);
        foreach (var statement in ServiceAccessSql.Statements(AccessPolicy.Current, tables, columns, login.Password))
        {
            // Plain commands: the statements carry literal braces that EF's raw-SQL formatting would misread.
            await using var command = new NpgsqlCommand(statement, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
            if (statement.Contains("@key", StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue("key", proof.Key);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Access policy {Version} applied to the {Service} database", AccessPolicy.Current.Version, tables.Service);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Every column of every table, so updates can be granted column by column (all but the deletion columns, for instance).</summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ColumnsAsync(
        NpgsqlConnection connection, System.Data.Common.DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
            connection,
            (NpgsqlTransaction)transaction);
        var columns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var table = reader.GetString(0);
            (columns.TryGetValue(table, out var list) ? list : columns[table] = []).Add(reader.GetString(1));
        }

        return columns.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value, StringComparer.Ordinal);
    }
}
