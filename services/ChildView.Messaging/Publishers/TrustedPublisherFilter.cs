using ChildView.Contracts.IntegrationEvents;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChildView.Messaging.Publishers;

/// <summary>
/// Runs before every consumer: an integration event that its owning service's broker user did not
/// publish is not applied. It fails without retry, so MassTransit moves it to the queue's
/// <c>_error</c> queue, where it stays as evidence.
/// </summary>
public sealed class TrustedPublisherFilter<T>(IOptions<TrustedPublishers> trusted, ILogger<TrustedPublisherFilter<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (context.Message is IIntegrationEvent integrationEvent)
        {
            var publisher = context.TryGetPayload<RabbitMqBasicConsumeContext>(out var delivery) ? delivery.Properties.UserId : null;
            var eventType = integrationEvent.GetType();
            var refusal = trusted.Value.Refusal(eventType, integrationEvent.Source, integrationEvent.Child?.SourceSystem, publisher);
            if (refusal is not null)
            {
                logger.LogWarning(
                    "Security: refused {EventType} {EventId} claiming source {Source} from broker user {Publisher}: {Reason}",
                    eventType.Name, integrationEvent.EventId, integrationEvent.Source, publisher ?? "(none)", refusal);
                throw new UntrustedPublisherException($"{eventType.Name} {integrationEvent.EventId} refused: {refusal}.");
            }
        }

        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("trustedPublisher");
}
