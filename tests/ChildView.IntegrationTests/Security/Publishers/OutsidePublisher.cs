using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Publishers;
using MassTransit;

namespace ChildView.IntegrationTests.Security.Publishers;

/// <summary>A bus of its own on the platform's broker with whatever credentials it is given: a publisher outside every ChildView service.</summary>
internal sealed class OutsidePublisher : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private OutsidePublisher(IBusControl bus) => _bus = bus;

    /// <summary>Connects as the address's user; <paramref name="stampIdentity"/> sets <c>user_id</c> as a ChildView service does.</summary>
    public static async Task<OutsidePublisher> ConnectAsync(string brokerAddress, bool stampIdentity)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(brokerAddress), host => host.PublisherConfirmation = true);
            if (stampIdentity)
            {
                rabbit.StampPublisherIdentity(BrokerUser.Of(brokerAddress));
            }
        });
        await bus.StartAsync();
        return new OutsidePublisher(bus);
    }

    public Task PublishAsync<T>(T message) where T : class, IIntegrationEvent =>
        _bus.Publish(message, context => context.MessageId = message.EventId);

    /// <summary>Straight to one endpoint's exchange, past the event type's exchange.</summary>
    public async Task SendToEndpointAsync<T>(string endpoint, T message) where T : class, IIntegrationEvent
    {
        var destination = await _bus.GetSendEndpoint(new Uri($"exchange:{endpoint}"));
        await destination.Send(message, context => context.MessageId = message.EventId);
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
