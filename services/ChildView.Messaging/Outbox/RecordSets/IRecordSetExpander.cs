using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Messaging.Outbox.RecordSets;

/// <summary>
/// A service's way of turning an <see cref="OutboxRecordSet"/> of one event type back into its integration events,
/// built from the records' rows by the service's own event factories. Register it with
/// <see cref="RecordSetServiceCollectionExtensions.AddRecordSetExpander{TExpander}"/>.
/// </summary>
public interface IRecordSetExpander
{
    /// <summary>The integration event type this expander builds.</summary>
    Type EventType { get; }

    /// <summary>
    /// One event per listed record that still exists, with <see cref="RecordSetEntry.EventIdFor"/> as its event id
    /// and <see cref="RecordSetEntry.OccurredAt"/> as its time, so a retried entry republishes the same events.
    /// </summary>
    Task<IReadOnlyList<IIntegrationEvent>> ExpandAsync(RecordSetEntry entry, CancellationToken cancellationToken);
}
