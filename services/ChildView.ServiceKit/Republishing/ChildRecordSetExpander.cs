using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Outbox.RecordSets;
using ChildView.ServiceKit.Children;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ServiceKit.Republishing;

/// <summary>
/// Expands a record set of child records into one event each, built by the service's own event factory from
/// the record as it is now (deleted ones included, as the republisher does: their removal event follows).
/// </summary>
public abstract class ChildRecordSetExpander<TRecord, TEvent>(DbContext db) : IRecordSetExpander
    where TRecord : ChildRecord
    where TEvent : class, IIntegrationEvent
{
    /// <summary>Ids per query: a parameter array this size keeps each round trip well under a megabyte.</summary>
    private const int IdsPerQuery = 5_000;

    public Type EventType => typeof(TEvent);

    /// <summary>The event for one record, with the given id and time.</summary>
    protected abstract TEvent Build(TRecord record, Guid eventId, DateTimeOffset occurredAt);

    public async Task<IReadOnlyList<IIntegrationEvent>> ExpandAsync(RecordSetEntry entry, CancellationToken cancellationToken)
    {
        var events = new List<IIntegrationEvent>(entry.RecordIds.Count);
        foreach (var chunk in entry.RecordIds.Chunk(IdsPerQuery))
        {
            var records = await db.Set<TRecord>().IgnoreQueryFilters().AsNoTracking()
                .Where(r => chunk.Contains(r.Id))
                .ToListAsync(cancellationToken);
            events.AddRange(records.Select(record => Build(record, entry.EventIdFor(record.Id), entry.OccurredAt)));
        }

        return events;
    }
}
