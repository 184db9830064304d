using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Stewardship.Postgres;

/// <summary>Row locks a steward's action takes so that what it checked still holds when it commits.</summary>
public static class StewardLocks
{
    /// <summary>
    /// Locks the children's rows until the transaction ends (in id order, so two actions never wait on
    /// each other): a merge of either commits before the rows are read, or waits until after.
    /// </summary>
    public static Task LockChildrenAsync(ProfileDbContext db, Guid[] childIds, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM children WHERE id = ANY({childIds}) ORDER BY id FOR UPDATE", cancellationToken);
}
