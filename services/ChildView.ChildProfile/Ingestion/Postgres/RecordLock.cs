using System.Security.Cryptography;
using System.Text;
using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Ingestion.Postgres;

/// <summary>
/// Makes the versions of one service record take turns, on this replica or any other, until the
/// transaction ends. Without it two versions consumed at once both read the stored version before
/// either writes, and the older one, committing last, puts the profile back a version for good. A
/// record already in the profile is locked by its row (<c>FOR UPDATE</c>), so the next version reads
/// what the previous one committed; a record not there yet has no row to lock, so its first versions
/// queue on a transaction-scoped advisory lock on the record's key and read again once through, rather
/// than both inserting it and one failing. The lock is taken before linking and derivations, whose own
/// locks are always taken after it, so the order is the same everywhere and cannot deadlock.
/// </summary>
internal static class RecordLock
{
    /// <summary>The record as stored, locked for this transaction, or null once no other version of it can be inserting it.</summary>
    public static async Task<ServiceRecord?> AcquireAsync(ProfileDbContext db, string sourceSystem, string recordType, Guid recordId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A record is locked inside the transaction that applies the event.");
        }

        var record = await LockRowAsync(db, sourceSystem, recordType, recordId, cancellationToken);
        if (record is not null)
        {
            return record;
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key(sourceSystem, recordType, recordId)})", cancellationToken);
        return await LockRowAsync(db, sourceSystem, recordType, recordId, cancellationToken);
    }

    private static long Key(string sourceSystem, string recordType, Guid recordId) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"childview-record:{sourceSystem}:{recordType}:{recordId:N}")), 0);

    private static async Task<ServiceRecord?> LockRowAsync(ProfileDbContext db, string sourceSystem, string recordType, Guid recordId, CancellationToken cancellationToken) =>
        (await db.ServiceRecords
            .FromSql($"SELECT * FROM service_records WHERE source_system = {sourceSystem} AND record_type = {recordType} AND record_id = {recordId} FOR UPDATE")
            .ToListAsync(cancellationToken))
        .SingleOrDefault();
}
