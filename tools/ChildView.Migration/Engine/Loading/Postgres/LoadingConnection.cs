using System.Diagnostics;
using ChildView.Migration.Pipeline;
using ChildView.Migration.Targets;
using Npgsql;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// One connection loading prepared batches, each in one transaction: new rows by binary COPY straight into the
/// service's table, rows loaded before by COPY into the connection's changes table and one UPDATE of those whose
/// content differs and that ChildView has not changed since, then the batch's keys, its outbox record sets, its
/// write time and its row range for resuming.
/// </summary>
internal sealed class LoadingConnection : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly IMigrationTarget _target;
    private readonly string _source;
    private readonly Guid _run;
    private readonly string _fileSha;
    private readonly string _targetCopySql;
    private readonly string _changesCopySql;

    private LoadingConnection(NpgsqlConnection connection, IMigrationTarget target, string source, Guid run, string fileSha)
    {
        (_connection, _target, _source, _run, _fileSha) = (connection, target, source, run, fileSha);
        _targetCopySql = BatchBuilder.TargetCopySql(target);
        _changesCopySql = BatchBuilder.ChangesCopySql(target);
    }

    public static async Task<LoadingConnection> OpenAsync(string connectionString, IMigrationTarget target, string source, Guid run, string fileSha, CancellationToken cancellationToken)
    {
        // Megabytes go out per batch: a larger write buffer means fewer, larger socket writes.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { WriteBufferSize = 1 << 18 }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            foreach (var sql in new[] { ChangesTable.CreateSql(target), MigrationSchemaSql.PreferLz4 })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return new LoadingConnection(connection, target, source, run, fileSha);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public NpgsqlConnection Connection => _connection;

    public TimeSpan CopyTime { get; private set; }

    public TimeSpan CommitTime { get; private set; }

    /// <summary>Commits the batch; returns how many of its rows were inserted, how many updated, and the rows kept out.</summary>
    public (int Inserted, int Updated, IReadOnlyList<KeptRow> Kept) Load(PreparedBatch prepared, CancellationToken cancellationToken)
    {
        var now = prepared.PreparedAt;
        var clock = Stopwatch.StartNew();
        using var transaction = _connection.BeginTransaction();
        if (prepared.FreshCount > 0)
            RawCopy.Run(_connection, _targetCopySql, prepared.FreshCopy.Complete(), cancellationToken);
        CopyTime += clock.Elapsed;
        clock.Restart();

        var (changed, kept) = prepared.KnownCount == 0 ? ([], []) : UpdateChanged(prepared, now, cancellationToken);
        // Separate statements: measured faster here than one NpgsqlBatch carrying the megabyte of keys.
        if (prepared.FreshCount > 0)
        {
            Execute(MigrationSchemaSql.SaveKeyBatch, ("source", _source), ("run", _run), ("batch", prepared.Number), ("target", _target.Name),
                ("now", now), ("keys", prepared.FreshKeys), ("ids", prepared.FreshIds));
        }

        foreach (var (type, payload) in RecordSets.Entry(_target.ChangedEvent, changed) is { } entry ? prepared.FreshRecordSets.Append(entry) : prepared.FreshRecordSets)
            Execute(MigrationSchemaSql.SaveRecordSet, ("id", Guid.CreateVersion7(now)), ("type", type), ("payload", payload), ("now", now));
        Execute(MigrationSchemaSql.SaveWriteTime, ("source", _source), ("now", now));
        Execute(MigrationSchemaSql.SaveLoadedBatch, ("source", _source), ("sha", _fileSha), ("run", _run), ("batch", prepared.Number),
            ("first_row", prepared.FirstRow), ("last_row", prepared.LastRow), ("rows", (long)prepared.Rows),
            ("inserted", (long)prepared.FreshCount), ("updated", (long)changed.Count), ("kept", (long)kept.Count), ("now", now));
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        CommitTime += clock.Elapsed;
        return (prepared.FreshCount, changed.Count, kept);
    }

    private (List<Guid> Changed, List<KeptRow> Kept) UpdateChanged(PreparedBatch prepared, DateTimeOffset now, CancellationToken cancellationToken)
    {
        RawCopy.Run(_connection, _changesCopySql, prepared.KnownCopy.Complete(), cancellationToken);
        var changed = new List<Guid>();
        using (var update = new NpgsqlCommand(_target.Sql.UpdateSql(ChangesTable.Name), _connection))
        {
            update.Parameters.AddWithValue("now", now);
            update.Parameters.AddWithValue("source", _source);
            using var reader = update.ExecuteReader();
            while (reader.Read())
                changed.Add(reader.GetGuid(0));
        }

        var kept = new List<KeptRow>();
        using (var query = new NpgsqlCommand(_target.Sql.KeptSql(ChangesTable.Name), _connection))
        {
            query.Parameters.AddWithValue("source", _source);
            using var reader = query.ExecuteReader();
            while (reader.Read())
                kept.Add(new KeptRow(reader.GetInt64(0), reader.GetString(1), reader.GetGuid(2)));
        }

        return (changed, kept);
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
