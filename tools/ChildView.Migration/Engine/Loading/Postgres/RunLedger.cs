using ChildView.Migration.Pipeline;
using Npgsql;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// The run's control connection: creates the migration schema, holds the source's lock for the whole run,
/// reads what an unfinished run of the same file committed, and records the run (who, source, file hash, counts, start/end, outcome).
/// </summary>
public sealed class RunLedger : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private RunLedger(NpgsqlConnection connection) => _connection = connection;

    public static async Task<RunLedger> OpenAsync(string connectionString, string source, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var ledger = new RunLedger(connection);
        try
        {
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                await ledger.ExecuteAsync($"SELECT pg_advisory_xact_lock({MigrationSchemaSql.SchemaLockKey})", cancellationToken);
                await ledger.ExecuteAsync(MigrationSchemaSql.Create, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            // A killed run's session may take a moment to be noticed by the server: give it a few seconds.
            for (var attempt = 0; !await ledger.TryLockAsync(source, cancellationToken); attempt++)
            {
                if (attempt == 50)
                    throw new InvalidOperationException($"Another run of source '{source}' is in progress against this database.");
                await Task.Delay(100, cancellationToken);
            }

            // Holding the source's lock, any run of it still marked running was killed.
            await using var stale = ledger.Command(MigrationSchemaSql.MarkInterrupted, ("source", source), ("now", DateTimeOffset.UtcNow));
            await stale.ExecuteNonQueryAsync(cancellationToken);
            return ledger;
        }
        catch
        {
            await ledger.DisposeAsync();
            throw;
        }
    }

    private async Task<bool> TryLockAsync(string source, CancellationToken cancellationToken)
    {
        await using var command = Command(MigrationSchemaSql.TryLockSource, ("source", source));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>What unfinished runs of this file committed; ranges left by runs of another file are forgotten.</summary>
    public async Task<ResumePoint> ReadResumePointAsync(string source, string sha, CancellationToken cancellationToken)
    {
        await using (var forget = Command(MigrationSchemaSql.ForgetLoadedBatches, ("source", source), ("sha", sha)))
            await forget.ExecuteNonQueryAsync(cancellationToken);
        await using var command = Command(MigrationSchemaSql.ReadLoadedBatches, ("source", source), ("sha", sha));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ranges = new List<(long, long)>();
        long rows = 0, inserted = 0, updated = 0, kept = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            ranges.Add((reader.GetInt64(0), reader.GetInt64(1)));
            rows += reader.GetInt64(2);
            inserted += reader.GetInt64(3);
            updated += reader.GetInt64(4);
            kept += reader.GetInt64(5);
        }

        return new ResumePoint(ranges, rows, inserted, updated, kept);
    }

    public async Task StartRunAsync(Guid run, MigrationOptions options, string sha, long resumedFromRow, CancellationToken cancellationToken)
    {
        await using var command = Command(MigrationSchemaSql.StartRun,
            ("run", run), ("source", options.Mapping.Source), ("target", options.Mapping.Target.Name), ("file", Path.GetFileName(options.InputPath)),
            ("sha", sha), ("by", options.RunBy), ("dry", options.DryRun), ("now", options.Clock.GetUtcNow()), ("resumed", resumedFromRow));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> KeysInTargetAsync(string source, CancellationToken cancellationToken)
    {
        await using var command = Command(MigrationSchemaSql.KeysInTarget, ("source", source));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The source's run completed: nothing is left to resume.</summary>
    public async Task ForgetLoadedBatchesAsync(string source, CancellationToken cancellationToken)
    {
        await using var command = Command(MigrationSchemaSql.ForgetLoadedBatches, ("source", source), ("sha", DBNull.Value));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task EndRunAsync(Guid run, string outcome, Reconciliation figures, int batches, string? error, DateTimeOffset now)
    {
        await using var command = Command(MigrationSchemaSql.EndRun,
            ("run", run), ("now", now), ("outcome", outcome), ("read", figures.RowsRead), ("loaded", figures.Loaded), ("rejected", figures.Rejected),
            ("inserted", figures.Inserted), ("updated", figures.Updated), ("unchanged", figures.Unchanged), ("kept", figures.Kept), ("keys", figures.KeysInTarget),
            ("batches", batches), ("balanced", figures.Balanced), ("error", (object?)error ?? DBNull.Value));
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private NpgsqlCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, _connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        // A pooled connection keeps session locks: give the source's lock back before the connection goes back to the pool.
        if (_connection.State == System.Data.ConnectionState.Open)
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", _connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }

        await _connection.DisposeAsync();
    }
}
