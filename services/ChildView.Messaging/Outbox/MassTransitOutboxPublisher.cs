using System.Text.Json;
using ChildView.Contracts.IntegrationEvents;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ChildView.Messaging.Outbox;

/// <summary>
/// Publishes a stored event with its outbox id as the message id. With publisher confirms on, the
/// returned task completes only once RabbitMQ has taken responsibility for the message.
/// </summary>
public sealed class MassTransitOutboxPublisher(IBus bus, IOptions<OutboxOptions> options) : IOutboxPublisher
{
    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = IntegrationEventTypes.Resolve(message.MessageType);
        var integrationEvent = JsonSerializer.Deserialize(message.Payload, type, IntegrationEventJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        await bus.Publish(integrationEvent, type, context => context.MessageId = message.Id, timeout.Token);
    }
}
