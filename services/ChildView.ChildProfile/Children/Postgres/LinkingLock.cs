using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Children.Postgres;

/// <summary>
/// Serialises the creation of new source links until the transaction ends. Without it two records
/// about one new child, consumed at the same moment, would each miss the other and start two children.
/// Events for already-linked sources never take it.
/// </summary>
public static class LinkingLock
{
    private const long Key = 0x4356_4C49_4E4B;

    public static Task AcquireAsync(ProfileDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
}
