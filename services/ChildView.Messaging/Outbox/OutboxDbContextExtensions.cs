using System.Text.Json;
using ChildView.Contracts.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Messaging.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Stages an integration event in the outbox. It is written by the caller's next SaveChanges,
    /// in the same transaction as the change it describes, and published only after that commits.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext db, IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            MessageType = IntegrationEventTypes.NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, IntegrationEventJson.Options),
            OccurredAt = integrationEvent.OccurredAt,
        });
    }
}
