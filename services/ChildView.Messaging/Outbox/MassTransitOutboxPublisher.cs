using System.Text.Json;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Outbox.RecordSets;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ChildView.Messaging.Outbox;

/// <summary>
/// Publishes a stored event with its outbox id as the message id. With publisher confirms on, the
/// returned task completes only once RabbitMQ has taken responsibility for the message. A record-set
/// entry is expanded into its events, published with their derived ids; they are about different records,
/// so they go out concurrently, and the entry counts as sent only when every one is confirmed.
/// </summary>
public sealed class MassTransitOutboxPublisher(IBus bus, RecordSetExpansion recordSets, IOptions<OutboxOptions> options) : IOutboxPublisher
{
    /// <summary>Publishes in flight at once while a record set goes out: enough to hide the confirm round trip.</summary>
    private const int RecordSetConcurrency = 64;

    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (OutboxRecordSet.IsRecordSet(message.MessageType))
        {
            var events = await recordSets.ExpandAsync(message, cancellationToken);
            await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = RecordSetConcurrency, CancellationToken = cancellationToken },
                (integrationEvent, token) => new ValueTask(PublishOneAsync(integrationEvent, integrationEvent.GetType(), integrationEvent.EventId, token)));
            return;
        }

        var type = IntegrationEventTypes.Resolve(message.MessageType);
        var single = JsonSerializer.Deserialize(message.Payload, type, IntegrationEventJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
        await PublishOneAsync(single, type, message.Id, cancellationToken);
    }

    private async Task PublishOneAsync(object integrationEvent, Type type, Guid messageId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        await bus.Publish(integrationEvent, type, context => context.MessageId = messageId, timeout.Token);
    }
}
