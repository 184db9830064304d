using System.Threading.Channels;
using ChildView.Migration.Pipeline;
using ChildView.Migration.Targets;
using Npgsql;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// Loads validated batches in two overlapping stages on two connections: a copier writes batch n+1 into a
/// free staging table by binary COPY while the merger merges batch n set-based into the service's tables,
/// its outbox and the legacy key map, with the checkpoint, in one transaction. Batches are merged in order.
/// </summary>
public sealed class PostgresLoader : IAsyncDisposable
{
    private const int Slots = 2;

    /// <summary>A batch with its serialised events is tens of MB: let the merge's CTEs and sort stay in memory, for this transaction only.</summary>
    private const string MergeWorkMemory = "SET LOCAL work_mem = '256MB'";

    private readonly IMigrationTarget _target;
    private readonly string _source;
    private readonly Guid _run;
    private readonly string _fileSha;
    private readonly TimeProvider _clock;
    private readonly StagingTable[] _staging;
    private readonly NpgsqlConnection _copyConnection;
    private readonly NpgsqlConnection _mergeConnection;
    private readonly Channel<ValidatedBatch> _validated = Channel.CreateBounded<ValidatedBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
    private readonly Channel<(ValidatedBatch Batch, int Slot)> _staged = Channel.CreateBounded<(ValidatedBatch, int)>(1);
    private readonly Channel<int> _freeSlots = Channel.CreateUnbounded<int>();
    private readonly System.Diagnostics.Stopwatch _copyClock = new();
    private readonly System.Diagnostics.Stopwatch _mergeClock = new();
    private long _inserted;
    private long _updated;
    private long _loaded;
    private int _batches;
    private Task _completion = Task.CompletedTask;

    private PostgresLoader(IMigrationTarget target, string source, Guid run, string fileSha, TimeProvider clock, NpgsqlConnection copy, NpgsqlConnection merge)
    {
        (_target, _source, _run, _fileSha, _clock, _copyConnection, _mergeConnection) = (target, source, run, fileSha, clock, copy, merge);
        _staging = Enumerable.Range(0, Slots).Select(slot => StagingTable.For(target, source, slot)).ToArray();
    }

    public static async Task<PostgresLoader> OpenAsync(string connectionString, IMigrationTarget target, string source, Guid run, string fileSha, TimeProvider clock, Checkpoint? resumeFrom, CancellationToken cancellationToken)
    {
        var copy = new NpgsqlConnection(connectionString);
        var merge = new NpgsqlConnection(connectionString);
        await copy.OpenAsync(cancellationToken);
        await merge.OpenAsync(cancellationToken);
        var loader = new PostgresLoader(target, source, run, fileSha, clock, copy, merge)
        {
            _inserted = resumeFrom?.Inserted ?? 0,
            _updated = resumeFrom?.Updated ?? 0,
            _batches = resumeFrom?.BatchNumber ?? 0,
        };
        foreach (var table in loader._staging)
        {
            await using var create = new NpgsqlCommand(table.CreateSql, copy);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        for (var slot = 0; slot < Slots; slot++)
            loader._freeSlots.Writer.TryWrite(slot);
        return loader;
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

    /// <summary>Time spent in binary COPY into staging and in merge transactions (they overlap), for "where the time goes".</summary>
    public (TimeSpan Copy, TimeSpan Merge) Timings => (_copyClock.Elapsed, _mergeClock.Elapsed);

    /// <summary>Each batch's merge time in order, to see whether merges slow down as the tables grow.</summary>
    public List<double> MergeSeconds { get; } = [];

    public void Start(CancellationToken cancellationToken)
    {
        var copier = Task.Run(() => CopyAsync(cancellationToken), cancellationToken);
        var merger = Task.Run(() => MergeAsync(cancellationToken), cancellationToken);
        _completion = Task.WhenAll(copier, merger);
    }

    /// <summary>Completes when every batch written to <see cref="Input"/> is committed; faults with the first failure.</summary>
    public Task Completion => _completion;

    private async Task CopyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in _validated.Reader.ReadAllAsync(cancellationToken))
            {
                var slot = await _freeSlots.Reader.ReadAsync(cancellationToken);
                _copyClock.Start();
                await using (var truncate = new NpgsqlCommand(_staging[slot].TruncateSql, _copyConnection))
                    await truncate.ExecuteNonQueryAsync(cancellationToken);
                await _staging[slot].CopyAsync(_copyConnection, batch.Records, _clock.GetUtcNow(), cancellationToken);
                _copyClock.Stop();
                await _staged.Writer.WriteAsync((batch, slot), cancellationToken);
            }

            _staged.Writer.TryComplete();
        }
        catch (Exception error)
        {
            _staged.Writer.TryComplete(error);
            _validated.Writer.TryComplete(error);
            throw;
        }
    }

    private async Task MergeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (batch, slot) in _staged.Reader.ReadAllAsync(cancellationToken))
            {
                var before = _mergeClock.Elapsed;
                _mergeClock.Start();
                await MergeOneAsync(batch, slot, cancellationToken);
                _mergeClock.Stop();
                MergeSeconds.Add((_mergeClock.Elapsed - before).TotalSeconds);
                _freeSlots.Writer.TryWrite(slot);
                Committed?.Invoke(batch);
            }
        }
        catch (Exception error)
        {
            _validated.Writer.TryComplete(error);
            _freeSlots.Writer.TryComplete(error);
            throw;
        }
    }

    private async Task MergeOneAsync(ValidatedBatch batch, int slot, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        await using var transaction = await _mergeConnection.BeginTransactionAsync(cancellationToken);
        await using (var memory = new NpgsqlCommand(MergeWorkMemory, _mergeConnection, transaction))
            await memory.ExecuteNonQueryAsync(cancellationToken);
        long inserted, updated;
        await using (var merge = new NpgsqlCommand(_target.Sql.MergeSql(_staging[slot].Name), _mergeConnection, transaction))
        {
            merge.Parameters.AddWithValue("source", _source);
            merge.Parameters.AddWithValue("target", _target.Name);
            merge.Parameters.AddWithValue("run", _run);
            merge.Parameters.AddWithValue("now", now);
            merge.Parameters.AddWithValue("service", _target.Service);
            await using var reader = await merge.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            (inserted, updated) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        var totalInserted = Inserted + inserted;
        var totalUpdated = Updated + updated;
        await using (var checkpoint = new NpgsqlCommand(MigrationSchemaSql.SaveCheckpoint, _mergeConnection, transaction))
        {
            checkpoint.Parameters.AddWithValue("source", _source);
            checkpoint.Parameters.AddWithValue("run", _run);
            checkpoint.Parameters.AddWithValue("sha", _fileSha);
            checkpoint.Parameters.AddWithValue("batch", batch.Number);
            checkpoint.Parameters.AddWithValue("last_row", batch.LastRow);
            checkpoint.Parameters.AddWithValue("inserted", totalInserted);
            checkpoint.Parameters.AddWithValue("updated", totalUpdated);
            checkpoint.Parameters.AddWithValue("now", now);
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        Interlocked.Exchange(ref _inserted, totalInserted);
        Interlocked.Exchange(ref _updated, totalUpdated);
        Interlocked.Add(ref _loaded, batch.Records.Count);
        Volatile.Write(ref _batches, batch.Number);
        LastCommitted = (batch.Number, batch.LastRow);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var table in _staging)
            {
                await using var drop = new NpgsqlCommand(table.DropSql, _copyConnection);
                await drop.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
        catch (NpgsqlException)
        {
            // A broken connection leaves the staging tables; the next run truncates and reuses them.
        }
        catch (InvalidOperationException)
        {
            // The copy connection was left mid-COPY by a cancellation; same as above.
        }

        await _copyConnection.DisposeAsync();
        await _mergeConnection.DisposeAsync();
    }
}
