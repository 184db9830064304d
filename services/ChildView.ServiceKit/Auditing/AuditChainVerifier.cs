using ChildView.ServiceKit.Auditing.Postgres;
using Npgsql;

namespace ChildView.ServiceKit.Auditing;

/// <summary>
/// Walks the log and its chain in sequence order, recomputing every MAC with the key, then checks
/// that every anchor written outside the database still names a row with the same MAC.
/// </summary>
public sealed class AuditChainVerifier(AuditLogTable log, AuditChainKey key, AuditAnchorFile anchors)
{
    public async Task<AuditVerification> VerifyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var (anchorList, anchorProblem) = anchors.Read();
        await using (var present = new NpgsqlCommand(AuditLogSql.Present(log), connection))
        {
            if (!(bool)(await present.ExecuteScalarAsync(cancellationToken))!)
            {
                return new AuditVerification(false, 0, 0, 0, anchorList.Count, null, $"{log.Table} or {log.ChainTable} is gone: the log was dropped");
            }
        }

        var anchored = anchorList.Select(a => a.Seq).ToHashSet();
        var hashesAtAnchors = new Dictionary<long, byte[]>();
        var walk = new ChainWalk(key);

        await using (var query = new NpgsqlCommand(AuditLogSql.Walk(log), connection))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var seq = reader.GetInt64(0);
                (byte[] Prev, byte[] Hash)? link = reader.IsDBNull(2) ? null : ((byte[])reader[2], (byte[])reader[3]);
                var content = reader.GetBoolean(1) ? AuditRowEncoding.Encode(AuditChainer.Fields(reader, 4, log.Content.Count)) : null;
                if (walk.Step(seq, content, link) is { } broken)
                {
                    return walk.Result(anchorList.Count, seq, broken);
                }

                if (link is { } l && anchored.Contains(seq))
                {
                    hashesAtAnchors[seq] = l.Hash;
                }
            }
        }

        if (anchorProblem is not null)
        {
            return walk.Result(anchorList.Count, null, anchorProblem);
        }

        foreach (var anchor in anchorList)
        {
            if (!hashesAtAnchors.TryGetValue(anchor.Seq, out var hash))
            {
                return walk.Result(anchorList.Count, anchor.Seq,
                    $"the anchor of {anchor.At:O} names row {anchor.Seq}, which is no longer in the chain: rows were deleted or the log was truncated");
            }

            if (Convert.ToHexStringLower(hash) != anchor.Hash)
            {
                return walk.Result(anchorList.Count, anchor.Seq,
                    $"the chain up to row {anchor.Seq} no longer matches its anchor of {anchor.At:O}: the log was rewritten");
            }
        }

        return walk.Result(anchorList.Count, null, null);
    }

    /// <summary>The walk's state: the previous MAC, and whether the chained part has ended.</summary>
    private sealed class ChainWalk(AuditChainKey key)
    {
        private byte[] _previous = AuditChainKey.Genesis;
        private long _rows;
        private long _chained;
        private long _unchained;

        public string? Step(long seq, byte[]? content, (byte[] Prev, byte[] Hash)? link)
        {
            _rows++;
            if (content is null)
            {
                return "the row was deleted (its chain entry remains)";
            }

            if (link is not { } chained)
            {
                _unchained++;
                return null;
            }

            if (_unchained > 0)
            {
                return "an unchained row comes before it: a row was inserted into the chained part, or a chain entry deleted";
            }

            _chained++;
            if (!chained.Prev.AsSpan().SequenceEqual(_previous))
            {
                return "its link to the previous row is broken: a row was deleted, inserted or reordered";
            }

            if (!chained.Hash.AsSpan().SequenceEqual(key.Link(_previous, content)))
            {
                return "its content does not match its MAC: the row was edited (or its MAC forged without the key)";
            }

            _previous = chained.Hash;
            return null;
        }

        public AuditVerification Result(int anchors, long? brokenSeq, string? problem) =>
            new(problem is null, _rows, _chained, _unchained, anchors, brokenSeq, problem);
    }
}
