using System.Text.Json;
using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Messaging.Outbox.RecordSets;

/// <summary>Finds the service's expander for a record-set outbox message and expands it.</summary>
public sealed class RecordSetExpansion(IEnumerable<IRecordSetExpander> expanders)
{
    private readonly Dictionary<Type, IRecordSetExpander> _byEventType = expanders.ToDictionary(e => e.EventType);

    public async Task<IReadOnlyList<IIntegrationEvent>> ExpandAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var eventType = OutboxRecordSet.EventTypeOf(message.MessageType);
        if (!_byEventType.TryGetValue(eventType, out var expander))
            throw new InvalidOperationException($"Outbox message {message.Id} is a record set of {eventType.Name}, which this service has no expander for.");

        var set = JsonSerializer.Deserialize<OutboxRecordSet>(message.Payload, IntegrationEventJson.Options);
        if (set?.RecordIds is not { } ids)
            throw new InvalidOperationException($"Outbox message {message.Id} is a record set without record ids.");

        var events = await expander.ExpandAsync(new RecordSetEntry(message.Id, ids, message.OccurredAt), cancellationToken);
        var wrong = events.FirstOrDefault(e => e.GetType() != eventType);
        return wrong is null
            ? events
            : throw new InvalidOperationException($"The {eventType.Name} expander built a {wrong.GetType().Name}.");
    }
}
