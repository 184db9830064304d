using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Families.Postgres;

/// <summary>
/// Families are connected components that two events can change at once from different ends (one
/// links A to B while another links B to C); each would miss the other's uncommitted edge. The
/// derivation therefore runs one transaction at a time: a transaction-scoped advisory lock, taken
/// after the event's own rows are written and released at its commit, so the next holder sees them.
/// </summary>
internal static class FamilyDerivationLock
{
    private const long Key = 0x4356_4641_4D49; // "CVFAMI"

    public static async Task TakeAsync(Data.ProfileDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Households are derived inside the transaction that changed the records.");
        }

        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
    }
}
