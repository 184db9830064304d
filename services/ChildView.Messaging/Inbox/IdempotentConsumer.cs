using ChildView.Contracts.IntegrationEvents;
using MassTransit;

namespace ChildView.Messaging.Inbox;

/// <summary>
/// Base for every integration-event consumer: the event id is the processed-message key, written
/// with the consumer's changes in one transaction. Override <see cref="ApplyAsync"/> only.
/// </summary>
public abstract class IdempotentConsumer<TEvent>(MessageInbox inbox) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
{
    public Task Consume(ConsumeContext<TEvent> context) =>
        inbox.ApplyOnceAsync(context.Message.EventId, GetType().Name, ct => ApplyAsync(context.Message, ct), context.CancellationToken);

    protected abstract Task ApplyAsync(TEvent message, CancellationToken cancellationToken);
}
