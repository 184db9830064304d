using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Migration.Pipeline;
using ChildView.Migration.Targets;
using ChildView.Migration.Validation;
using Npgsql;
using NpgsqlTypes;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// Loads validated batches, each in one transaction: rows whose source key is new go by binary COPY straight
/// into the service's table; rows loaded before go by COPY into a temporary table and one set-based UPDATE of
/// those whose content changed. The same transaction records the batch's keys, puts record-set entries into the
/// service's outbox (its relay turns them into the integration events) and moves the checkpoint. The next batch
/// is validated while this one loads.
/// </summary>
public sealed class PostgresLoader : IAsyncDisposable
{
    /// <summary>The outbox's serialisation (ChildView.Messaging's IntegrationEventJson): web defaults.</summary>
    private static readonly JsonSerializerOptions OutboxJson = new(JsonSerializerDefaults.Web);

    private readonly IMigrationTarget _target;
    private readonly string _source;
    private readonly Guid _run;
    private readonly string _fileSha;
    private readonly TimeProvider _clock;
    private readonly NpgsqlConnection _connection;
    private readonly LegacyKeyMap _keys;
    private readonly ChangesTable _changes;
    private readonly SequentialUuid _ids;
    private readonly string _copySql;
    private readonly Channel<ValidatedBatch> _validated = Channel.CreateBounded<ValidatedBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
    private readonly Stopwatch _copyClock = new();
    private readonly Stopwatch _commitClock = new();
    private long _inserted;
    private long _updated;
    private long _loaded;
    private int _batches;
    private Task _completion = Task.CompletedTask;

    private PostgresLoader(IMigrationTarget target, string source, Guid run, string fileSha, TimeProvider clock, NpgsqlConnection connection, LegacyKeyMap keys)
    {
        (_target, _source, _run, _fileSha, _clock, _connection, _keys) = (target, source, run, fileSha, clock, connection, keys);
        _changes = new ChangesTable(target);
        _ids = new SequentialUuid(clock);
        _copySql = $"COPY {target.Sql.Table} (id, {string.Join(", ", target.Fields.Select(f => f.Column))}, version, state, created_at, updated_at) FROM STDIN (FORMAT BINARY)";
    }

    public static async Task<PostgresLoader> OpenAsync(string connectionString, IMigrationTarget target, string source, Guid run, string fileSha, TimeProvider clock, Checkpoint? resumeFrom, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var keys = await LegacyKeyMap.ReadAsync(connection, source, cancellationToken);
            var loader = new PostgresLoader(target, source, run, fileSha, clock, connection, keys)
            {
                _inserted = resumeFrom?.Inserted ?? 0,
                _updated = resumeFrom?.Updated ?? 0,
                _batches = resumeFrom?.BatchNumber ?? 0,
            };
            await using var create = new NpgsqlCommand(loader._changes.CreateSql, connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            await using var compression = new NpgsqlCommand(MigrationSchemaSql.PreferLz4, connection);
            await compression.ExecuteNonQueryAsync(cancellationToken);
            return loader;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ChannelWriter<ValidatedBatch> Input => _validated.Writer;

    public long Inserted => Interlocked.Read(ref _inserted);

    public long Updated => Interlocked.Read(ref _updated);

    /// <summary>Valid rows committed by this run.</summary>
    public long Loaded => Interlocked.Read(ref _loaded);

    public int Batches => Volatile.Read(ref _batches);

    /// <summary>The last committed batch (its number and last row), for the final checkpoint.</summary>
    public (int Batch, long LastRow) LastCommitted { get; private set; }

    public Action<ValidatedBatch>? Committed { get; set; }

    /// <summary>Time in binary COPY of new rows, and in the rest of each batch's transaction, for "where the time goes".</summary>
    public LoadTimings Timings => new(_copyClock.Elapsed, _commitClock.Elapsed);

    public void Start(CancellationToken cancellationToken) => _completion = Task.Run(() => LoadAllAsync(cancellationToken), cancellationToken);

    /// <summary>Completes when every batch written to <see cref="Input"/> is committed; faults with the first failure.</summary>
    public Task Completion => _completion;

    private async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in _validated.Reader.ReadAllAsync(cancellationToken))
            {
                Load(batch, cancellationToken);
                Committed?.Invoke(batch);
            }
        }
        catch (Exception error)
        {
            _validated.Writer.TryComplete(error);
            throw;
        }
    }

    private void Load(ValidatedBatch batch, CancellationToken cancellationToken)
    {
        var fresh = new List<(MigrationRecord Record, Guid Id)>(batch.Records.Count);
        var known = new List<(MigrationRecord Record, Guid Id)>();
        foreach (var record in batch.Records)
        {
            if (_keys.TryGet(record.SourceKey, out var id))
                known.Add((record, id));
            else
                fresh.Add((record, _ids.Next()));
        }

        var now = _clock.GetUtcNow();
        using var transaction = _connection.BeginTransaction();
        _copyClock.Start();
        CopyNew(fresh, now, cancellationToken);
        _copyClock.Stop();

        _commitClock.Start();
        var changed = known.Count == 0 ? [] : UpdateChanged(known, now, cancellationToken);
        if (fresh.Count > 0)
        {
            Execute(MigrationSchemaSql.SaveKeyBatch, ("source", _source), ("run", _run), ("batch", batch.Number), ("target", _target.Name), ("now", now),
                ("keys", fresh.Select(f => f.Record.SourceKey).ToArray()), ("ids", fresh.Select(f => f.Id).ToArray()));
        }

        foreach (var rule in _target.NewRecordSets)
            SaveRecordSet(rule.EventType, [.. fresh.Where(f => rule.Includes(f.Record)).Select(f => f.Id)], now);
        SaveRecordSet(_target.ChangedEvent, changed, now);

        var (inserted, updated) = (Inserted + fresh.Count, Updated + changed.Count);
        Execute(MigrationSchemaSql.SaveCheckpoint, ("source", _source), ("run", _run), ("sha", _fileSha), ("batch", batch.Number),
            ("last_row", batch.LastRow), ("inserted", inserted), ("updated", updated), ("now", now));
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        _commitClock.Stop();

        foreach (var (record, id) in fresh)
            _keys.Add(record.SourceKey, id);
        Interlocked.Exchange(ref _inserted, inserted);
        Interlocked.Exchange(ref _updated, updated);
        Interlocked.Add(ref _loaded, batch.Records.Count);
        Volatile.Write(ref _batches, batch.Number);
        LastCommitted = (batch.Number, batch.LastRow);
    }

    private void CopyNew(List<(MigrationRecord Record, Guid Id)> fresh, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (fresh.Count == 0)
            return;
        using var importer = _connection.BeginBinaryImport(_copySql);
        for (var i = 0; i < fresh.Count; i++)
        {
            if (i % RecordValues.RowsPerCancellationCheck == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var (record, id) = fresh[i];
            var state = _target.InitialStateOf(record);
            importer.StartRow();
            importer.Write(id, NpgsqlDbType.Uuid);
            RecordValues.Write(importer, record);
            importer.Write(state.Version, NpgsqlDbType.Bigint);
            importer.Write(state.State, NpgsqlDbType.Text);
            importer.Write(now, NpgsqlDbType.TimestampTz);
            importer.Write(now, NpgsqlDbType.TimestampTz);
        }

        importer.Complete();
    }

    private List<Guid> UpdateChanged(List<(MigrationRecord Record, Guid Id)> known, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _changes.Copy(_connection, known, cancellationToken);
        using var update = new NpgsqlCommand(_target.Sql.UpdateSql(ChangesTable.Name), _connection);
        update.Parameters.AddWithValue("now", now);
        using var reader = update.ExecuteReader();
        var changed = new List<Guid>();
        while (reader.Read())
            changed.Add(reader.GetGuid(0));
        return changed;
    }

    private void SaveRecordSet(Type eventType, List<Guid> recordIds, DateTimeOffset now)
    {
        if (recordIds.Count == 0)
            return;
        Execute(MigrationSchemaSql.SaveRecordSet, ("id", Guid.CreateVersion7(now)), ("type", OutboxRecordSet.TypeNameFor(eventType)),
            ("payload", JsonSerializer.Serialize(new OutboxRecordSet(recordIds), OutboxJson)), ("now", now));
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
