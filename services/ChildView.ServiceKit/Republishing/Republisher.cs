using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Outbox;
using ChildView.ServiceKit.Children;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ServiceKit.Republishing;

/// <summary>
/// Puts the current state of every record (deleted ones included, so a rebuilt reader learns of
/// them too) back through the outbox, so the profile can be rebuilt from scratch. Consumers'
/// version checks make a republish harmless to a reader that is already up to date.
/// </summary>
public static class Republisher
{
    private const int BatchSize = 500;

    public static async Task<int> RepublishAsync<TRecord>(
        DbContext db, Func<TRecord, DateTimeOffset, IIntegrationEvent> currentState, DateTimeOffset now, CancellationToken cancellationToken)
        where TRecord : ChildRecord
    {
        var published = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Set<TRecord>().IgnoreQueryFilters().AsNoTracking();
            if (after is { } last)
            {
                query = query.Where(r => r.Id.CompareTo(last) > 0);
            }

            var batch = await query.OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return published;
            }

            foreach (var record in batch)
            {
                db.AddIntegrationEvent(currentState(record, now));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            published += batch.Count;
            after = batch[^1].Id;
        }
    }
}

public sealed record RepublishResponse(string RecordType, int Republished);
