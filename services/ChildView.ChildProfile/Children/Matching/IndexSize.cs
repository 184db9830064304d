using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Children.Matching;

/// <summary>
/// How many source identities the index holds, which decides whether name frequencies can be trusted
/// and what they are shares of. Counting the whole index for every new record would cost more than
/// the match itself at county scale, and only the order of magnitude matters, so it is recounted at
/// most once a minute.
/// </summary>
public sealed class IndexSize(TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private long count;
    private DateTimeOffset countedAt = DateTimeOffset.MinValue;

    public async Task<long> CountAsync(ProfileDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - countedAt > MaxAge)
        {
            count = await db.SourceLinks.LongCountAsync(cancellationToken);
            countedAt = now;
        }

        return count;
    }
}
