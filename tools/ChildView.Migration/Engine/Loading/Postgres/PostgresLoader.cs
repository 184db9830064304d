using System.Diagnostics;
using System.Threading.Channels;
using ChildView.Migration.Pipeline;
using ChildView.Migration.Validation;
using ChildView.Migration.Targets;
using Npgsql;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// Loads validated batches, each in one transaction: rows whose source key is new go by binary COPY straight
/// into the service's table; rows loaded before go by COPY into a temporary table and one set-based UPDATE of
/// those whose content changed. The same transaction records the batch's keys, puts record-set entries into the
/// service's outbox (its relay turns them into the integration events) and moves the checkpoint. The caller
/// validates and adds the rows of batch n+1 (encoded as they come) while batch n is in its transaction.
/// </summary>
public sealed class PostgresLoader : IAsyncDisposable
{
    private readonly IMigrationTarget _target;
    private readonly string _source;
    private readonly Guid _run;
    private readonly string _fileSha;
    private readonly NpgsqlConnection _connection;
    private readonly BatchBuilder _builder;
    private readonly string _targetCopySql;
    private readonly string _changesCopySql;
    private readonly Channel<PreparedBatch> _prepared = Channel.CreateBounded<PreparedBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
    private readonly Stopwatch _copyClock = new();
    private readonly Stopwatch _commitClock = new();
    private long _inserted;
    private long _updated;
    private long _loaded;
    private int _batches;
    private Task _completion = Task.CompletedTask;

    private PostgresLoader(IMigrationTarget target, string source, Guid run, string fileSha, TimeProvider clock, NpgsqlConnection connection, LegacyKeyMap keys, int batchRows)
    {
        (_target, _source, _run, _fileSha, _connection) = (target, source, run, fileSha, connection);
        _builder = new BatchBuilder(target, keys, clock, batchRows);
        _targetCopySql = BatchBuilder.TargetCopySql(target);
        _changesCopySql = BatchBuilder.ChangesCopySql(target);
    }

    public static async Task<PostgresLoader> OpenAsync(string connectionString, IMigrationTarget target, string source, Guid run, string fileSha, TimeProvider clock, Checkpoint? resumeFrom, int batchRows, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var keys = await LegacyKeyMap.ReadAsync(connection, source, cancellationToken);
            foreach (var sql in new[] { ChangesTable.CreateSql(target), MigrationSchemaSql.PreferLz4 })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return new PostgresLoader(target, source, run, fileSha, clock, connection, keys, batchRows)
            {
                _inserted = resumeFrom?.Inserted ?? 0,
                _updated = resumeFrom?.Updated ?? 0,
                _batches = resumeFrom?.BatchNumber ?? 0,
            };
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Adds a validated row to the batch being built (on the caller's thread).</summary>
    public void Add(MigrationRecord record) => _builder.Add(record);

    /// <summary>Hands the batch built so far to the loading thread, waiting while the previous one is still loading.</summary>
    public async ValueTask EndBatchAsync(int number, long lastRow, CancellationToken cancellationToken)
    {
        if (_builder.Rows > 0)
            await _prepared.Writer.WriteAsync(_builder.Finish(number, lastRow), cancellationToken);
    }

    /// <summary>No more rows: <see cref="Completion"/> completes once the last batch commits.</summary>
    public void Complete(Exception? error = null) => _prepared.Writer.TryComplete(error);

    /// <summary>Rows added to the batch being built.</summary>
    public int PendingRows => _builder.Rows;

    public long Inserted => Interlocked.Read(ref _inserted);

    public long Updated => Interlocked.Read(ref _updated);

    /// <summary>Valid rows committed by this run.</summary>
    public long Loaded => Interlocked.Read(ref _loaded);

    public int Batches => Volatile.Read(ref _batches);

    /// <summary>The last committed batch (its number and last row), for the final checkpoint.</summary>
    public (int Batch, long LastRow) LastCommitted { get; private set; }

    /// <summary>Called after each batch commits (on the loading thread).</summary>
    public Action? Committed { get; set; }

    /// <summary>Time in binary COPY of new rows, and in the rest of each batch's transaction, for "where the time goes".</summary>
    public LoadTimings Timings => new(_copyClock.Elapsed, _commitClock.Elapsed);

    public void Start(CancellationToken cancellationToken) => _completion = Task.Run(() => LoadAllAsync(cancellationToken), cancellationToken);

    /// <summary>Completes when every batch handed over is committed; faults with the first failure.</summary>
    public Task Completion => _completion;

    private async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var prepared in _prepared.Reader.ReadAllAsync(cancellationToken))
            {
                using (prepared)
                    Load(prepared, cancellationToken);
                Committed?.Invoke();
            }
        }
        catch (Exception error)
        {
            // The caller's next EndBatchAsync fails rather than waiting for a loader that has stopped.
            _prepared.Writer.TryComplete(error);
            throw;
        }
    }

    private void Load(PreparedBatch prepared, CancellationToken cancellationToken)
    {
        var now = prepared.PreparedAt;
        using var transaction = _connection.BeginTransaction();
        _copyClock.Start();
        if (prepared.FreshCount > 0)
            RawCopy.Run(_connection, _targetCopySql, prepared.FreshCopy.Complete(), cancellationToken);
        _copyClock.Stop();

        _commitClock.Start();
        var changed = prepared.KnownCount == 0 ? [] : UpdateChanged(prepared, now, cancellationToken);
        var (inserted, updated) = (Inserted + prepared.FreshCount, Updated + changed.Count);

        // Separate statements: measured faster here than one NpgsqlBatch carrying the megabyte of keys.
        if (prepared.FreshCount > 0)
        {
            Execute(MigrationSchemaSql.SaveKeyBatch, ("source", _source), ("run", _run), ("batch", prepared.Number), ("target", _target.Name),
                ("now", now), ("keys", prepared.FreshKeys), ("ids", prepared.FreshIds));
        }

        foreach (var (type, payload) in RecordSets.Entry(_target.ChangedEvent, changed) is { } entry ? prepared.FreshRecordSets.Append(entry) : prepared.FreshRecordSets)
            Execute(MigrationSchemaSql.SaveRecordSet, ("id", Guid.CreateVersion7(now)), ("type", type), ("payload", payload), ("now", now));
        Execute(MigrationSchemaSql.SaveCheckpoint, ("source", _source), ("run", _run), ("sha", _fileSha), ("batch", prepared.Number),
            ("last_row", prepared.LastRow), ("inserted", inserted), ("updated", updated), ("now", now));
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        _commitClock.Stop();

        Interlocked.Exchange(ref _inserted, inserted);
        Interlocked.Exchange(ref _updated, updated);
        Interlocked.Add(ref _loaded, prepared.Rows);
        Volatile.Write(ref _batches, prepared.Number);
        LastCommitted = (prepared.Number, prepared.LastRow);
    }

    private List<Guid> UpdateChanged(PreparedBatch prepared, DateTimeOffset now, CancellationToken cancellationToken)
    {
        RawCopy.Run(_connection, _changesCopySql, prepared.KnownCopy.Complete(), cancellationToken);
        using var update = new NpgsqlCommand(_target.Sql.UpdateSql(ChangesTable.Name), _connection);
        update.Parameters.AddWithValue("now", now);
        using var reader = update.ExecuteReader();
        var changed = new List<Guid>();
        while (reader.Read())
            changed.Add(reader.GetGuid(0));
        return changed;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        // A failed or cancelled run gets here while the loading thread may still be in a statement: let it stop
        // (it checks the cancellation between COPY chunks and statements) before the connection goes.
        _prepared.Writer.TryComplete();
        try
        {
            await _completion;
        }
        catch (Exception)
        {
            // Its failure is the run's failure, already reported by Completion to whoever awaited it.
        }

        await _connection.DisposeAsync();
    }
}
