using Npgsql;

namespace ChildView.ChildProfile.Audit.Postgres;

/// <summary>The result of walking the chain: intact, or the first row where it breaks and how.</summary>
public sealed record AuditVerification(bool Intact, long RowsChecked, long? FirstBrokenSeq, string? Problem);

/// <summary>
/// Walks the audit log in sequence order: each row's hash must match its recomputed content (else
/// it was edited) and its previous-hash must equal the hash of the row before it (else a row was
/// deleted or rows were reordered).
/// </summary>
public static class AuditChainVerifier
{
    private static readonly byte[] Genesis = [0];

    public static async Task<AuditVerification> VerifyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand(AuditSql.VerificationQuery, connection);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var previous = Genesis;
        long checkedRows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var (seq, prevHash, hash, expected) = (reader.GetInt64(0), (byte[])reader[1], (byte[])reader[2], (byte[])reader[3]);
            checkedRows++;
            if (!prevHash.AsSpan().SequenceEqual(previous))
            {
                return new AuditVerification(false, checkedRows, seq, "its link to the previous row is broken: a row was deleted, inserted or reordered");
            }

            if (!hash.AsSpan().SequenceEqual(expected))
            {
                return new AuditVerification(false, checkedRows, seq, "its content does not match its hash: the row was edited");
            }

            previous = hash;
        }

        return new AuditVerification(true, checkedRows, null, null);
    }
}
