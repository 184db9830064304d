using System.Threading.Channels;
using ChildView.Migration.Pipeline;
using ChildView.Migration.Targets;
using ChildView.Migration.Validation;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// Loads a source's validated rows into the owning service's database. The caller adds rows as they pass
/// validation (they are encoded for COPY there and then) and ends a batch every so often; each batch commits in
/// its own transaction on one of <see cref="Connections"/> connections, so the server works on two batches at
/// once while the caller validates the next. Every batch records its row range, so a killed run resumes after
/// whatever committed, in whatever order.
/// </summary>
public sealed class PostgresLoader : IAsyncDisposable
{
    /// <summary>
    /// Two: one server process alone takes longer over a batch than validating it does, and a third found no
    /// core to run on (measured on the 1,000,000-row benchmark, two cores).
    /// </summary>
    public const int Connections = 2;

    private readonly BatchBuilder _builder;
    private readonly IReadOnlyList<LoadingConnection> _connections;
    private readonly Channel<PreparedBatch> _prepared = Channel.CreateBounded<PreparedBatch>(new BoundedChannelOptions(1) { SingleWriter = true });
    private readonly ResumePoint _resume;
    private readonly System.Collections.Concurrent.ConcurrentQueue<KeptRow> _kept = new();
    private long _inserted;
    private long _updated;
    private long _loaded;
    private int _batches;
    private int _batchesHandedOver;
    private Task _completion = Task.CompletedTask;

    private readonly IMigrationTarget _target;
    private readonly LegacyKeyMap _keys;

    private PostgresLoader(IMigrationTarget target, LegacyKeyMap keys, BatchBuilder builder, IReadOnlyList<LoadingConnection> connections, ResumePoint resume) =>
        (_target, _keys, _builder, _connections, _resume) = (target, keys, builder, connections, resume);

    public static async Task<PostgresLoader> OpenAsync(string connectionString, IMigrationTarget target, string source, Guid run, string fileSha, TimeProvider clock,
        ResumePoint resume, int batchRows, CancellationToken cancellationToken)
    {
        var connections = new List<LoadingConnection>();
        try
        {
            for (var i = 0; i < Connections; i++)
                connections.Add(await LoadingConnection.OpenAsync(connectionString, target, source, run, fileSha, cancellationToken));
            var keys = await LegacyKeyMap.ReadAsync(connections[0].Connection, source, cancellationToken);
            return new PostgresLoader(target, keys, new BatchBuilder(target, keys, clock, batchRows), connections, resume);
        }
        catch
        {
            foreach (var connection in connections)
                await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The target's unique field as the service holds it before this run (call before <see cref="Start"/>); null when the target has none.</summary>
    public async Task<UniqueValues?> UniqueValuesAsync(CancellationToken cancellationToken)
    {
        if (_target.UniqueField is not { } field || _target.Sql.UniqueValuesSql is not { } sql)
            return _target.UniqueField is { } withinSource ? UniqueValues.WithinSource(withinSource) : null;

        var holders = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using (var command = new Npgsql.NpgsqlCommand(sql, _connections[0].Connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                holders[reader.GetString(0)] = reader.GetGuid(1);
        }

        return new UniqueValues(field, holders, key => _keys.TryGet(key, out var id) ? id : null);
    }

    /// <summary>Adds a validated row to the batch being built (on the caller's thread).</summary>
    public void Add(MigrationRecord record) => _builder.Add(record);

    /// <summary>Rows added to the batch being built.</summary>
    public int PendingRows => _builder.Rows;

    /// <summary>Hands the batch built so far (rows <paramref name="firstRow"/> to <paramref name="lastRow"/> of the file) to a loading connection, waiting while all are busy.</summary>
    public async ValueTask EndBatchAsync(long firstRow, long lastRow, CancellationToken cancellationToken)
    {
        if (_builder.Rows > 0)
            await _prepared.Writer.WriteAsync(_builder.Finish(++_batchesHandedOver, firstRow, lastRow), cancellationToken);
    }

    /// <summary>No more rows: <see cref="Completion"/> completes once the last batch commits.</summary>
    public void Complete(Exception? error = null) => _prepared.Writer.TryComplete(error);

    /// <summary>Records inserted, by this run and the interrupted runs it resumes.</summary>
    public long Inserted => _resume.Inserted + Interlocked.Read(ref _inserted);

    public long Updated => _resume.Updated + Interlocked.Read(ref _updated);

    /// <summary>Rows this run did not apply because ChildView changed their record since the migration wrote it, in no particular order.</summary>
    public IReadOnlyCollection<KeptRow> KeptRows => _kept;

    /// <summary>Rows kept out, by this run and the interrupted runs it resumes.</summary>
    public long Kept => _resume.Kept + _kept.Count;

    /// <summary>Valid rows committed by this run.</summary>
    public long Loaded => Interlocked.Read(ref _loaded);

    /// <summary>Batches committed by this run.</summary>
    public int Batches => Volatile.Read(ref _batches);

    /// <summary>Called after each batch commits (on a loading thread).</summary>
    public Action? Committed { get; set; }

    /// <summary>Time in binary COPY of new rows, and in the rest of the batches' transactions, summed over the connections.</summary>
    public LoadTimings Timings => new(
        TimeSpan.FromTicks(_connections.Sum(c => c.CopyTime.Ticks)),
        TimeSpan.FromTicks(_connections.Sum(c => c.CommitTime.Ticks)));

    public void Start(CancellationToken cancellationToken) =>
        _completion = Task.WhenAll(_connections.Select(connection => Task.Run(() => LoadAllAsync(connection, cancellationToken), cancellationToken)));

    /// <summary>Completes when every batch handed over is committed; faults with the first failure.</summary>
    public Task Completion => _completion;

    private async Task LoadAllAsync(LoadingConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var prepared in _prepared.Reader.ReadAllAsync(cancellationToken))
            {
                int inserted, updated;
                IReadOnlyList<KeptRow> kept;
                using (prepared)
                    (inserted, updated, kept) = connection.Load(prepared, cancellationToken);
                Interlocked.Add(ref _inserted, inserted);
                Interlocked.Add(ref _updated, updated);
                foreach (var row in kept)
                    _kept.Enqueue(row);
                Interlocked.Add(ref _loaded, prepared.Rows);
                Interlocked.Increment(ref _batches);
                Committed?.Invoke();
            }
        }
        catch (Exception error)
        {
            // The caller's next EndBatchAsync fails rather than waiting for loaders that have stopped.
            _prepared.Writer.TryComplete(error);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A failed or cancelled run gets here while a loading thread may still be in a statement: let it stop
        // (it checks the cancellation between COPY chunks and statements) before its connection goes.
        _prepared.Writer.TryComplete();
        try
        {
            await _completion;
        }
        catch (Exception)
        {
            // Its failure is the run's failure, already reported by Completion to whoever awaited it.
        }

        foreach (var connection in _connections)
            await connection.DisposeAsync();
    }
}
