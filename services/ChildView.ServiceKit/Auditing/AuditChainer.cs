using ChildView.ServiceKit.Auditing.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace ChildView.ServiceKit.Auditing;

/// <summary>
/// Chains committed audit rows in sequence order, off the read path: readers only append. One
/// chainer works at a time (a transaction-scoped advisory lock, so replicas take turns). It chains
/// only up to a horizon: the highest number issued at some moment, once every transaction running at
/// that moment has ended — below it a missing number is an aborted insert, never one still in flight.
/// </summary>
public sealed class AuditChainer(NpgsqlDataSource owner, AuditLogTable log, AuditChainKey key, AuditAnchorFile anchors, TimeProvider clock, ILogger<AuditChainer> logger)
{
    private const int BatchSize = 5000;
    private (long UpTo, string Xmax)? _horizon;
    private AuditAnchor? _lastAnchor;

    /// <summary>Chains what is settled, then anchors the head if it moved; returns the rows chained.</summary>
    public async Task<int> ChainOnceAsync(TimeSpan anchorInterval, CancellationToken cancellationToken)
    {
        var chained = 0;
        var settled = true;
        if (_horizon is { } horizon)
        {
            int? batch;
            do
            {
                batch = await ChainBatchAsync(horizon, cancellationToken);
                chained += batch ?? 0;
            }
            while (batch == BatchSize);
            settled = batch is not null;
        }

        await AnchorAsync(anchorInterval, cancellationToken);
        if (settled)
        {
            // A horizon not yet settled stays the target: moving it on would let a long transaction starve the chain.
            _horizon = await HorizonAsync(cancellationToken);
        }

        return chained;
    }

    /// <summary>Chains one batch up to the horizon; null when another replica holds the lock or the horizon is not settled yet.</summary>
    private async Task<int?> ChainBatchAsync((long UpTo, string Xmax) horizon, CancellationToken cancellationToken)
    {
        await using var connection = await owner.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await ScalarAsync<bool>(connection, AuditLogSql.TryChainLock, cancellationToken, ("table", log.Table))
            || !await ScalarAsync<bool>(connection, AuditLogSql.SettledSince, cancellationToken, ("xmax", horizon.Xmax)))
        {
            return null;
        }

        var (after, previous) = await HeadAsync(connection, cancellationToken);
        var links = new List<(long Seq, byte[] Prev, byte[] Hash)>();
        await using (var rows = new NpgsqlCommand(AuditLogSql.Unchained(log), connection))
        {
            rows.Parameters.AddWithValue("after", after);
            rows.Parameters.AddWithValue("upTo", horizon.UpTo);
            rows.Parameters.AddWithValue("take", BatchSize);
            await using var reader = await rows.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var content = AuditRowEncoding.Encode(Fields(reader, 1, log.Content.Count));
                var hash = key.Link(previous, content);
                links.Add((reader.GetInt64(0), previous, hash));
                previous = hash;
            }
        }

        if (links.Count > 0)
        {
            await using var copy = await connection.BeginBinaryImportAsync(AuditLogSql.CopyChain(log), cancellationToken);
            foreach (var (seq, prev, hash) in links)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(seq, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(prev, NpgsqlDbType.Bytea, cancellationToken);
                await copy.WriteAsync(hash, NpgsqlDbType.Bytea, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return links.Count;
    }

    /// <summary>Writes the chain's head to the anchor file (and the log) when it moved and the interval has passed.</summary>
    private async Task AnchorAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_lastAnchor is { } last && now - last.At < interval)
        {
            return;
        }

        await using var connection = await owner.OpenConnectionAsync(cancellationToken);
        var (seq, hash) = await HeadAsync(connection, cancellationToken);
        if (seq == 0 || (_lastAnchor is { } previous && previous.Seq == seq))
        {
            return;
        }

        var anchor = new AuditAnchor(seq, Convert.ToHexStringLower(hash), now);
        anchors.Append(anchor);
        _lastAnchor = anchor;
        logger.LogInformation("Audit chain {Table} anchored at seq {Seq} hash {Hash}", log.Table, anchor.Seq, anchor.Hash);
    }

    /// <summary>The highest number issued now, then the first transaction id not yet assigned: in that order, so no holder of a lower number is missed.</summary>
    private async Task<(long, string)> HorizonAsync(CancellationToken cancellationToken)
    {
        await using var connection = await owner.OpenConnectionAsync(cancellationToken);
        var upTo = await ScalarAsync<long>(connection, AuditLogSql.LastIssued(log), cancellationToken);
        var xmax = await ScalarAsync<string>(connection, AuditLogSql.SnapshotXmax, cancellationToken);
        return (upTo, xmax);
    }

    private async Task<(long Seq, byte[] Hash)> HeadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var head = new NpgsqlCommand(AuditLogSql.Head(log), connection);
        await using var reader = await head.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), (byte[])reader[1]) : (0, AuditChainKey.Genesis);
    }

    internal static string?[] Fields(NpgsqlDataReader reader, int first, int count)
    {
        var fields = new string?[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = reader.IsDBNull(first + i) ? null : reader.GetString(first + i);
        }

        return fields;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
