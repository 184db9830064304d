using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Inbox;
using ChildView.Messaging.Outbox;
using ChildView.Messaging.Outbox.RecordSets;
using ChildView.Messaging.Postgres;
using ChildView.Messaging.Publishers;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ChildView.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>Connection-string name of the RabbitMQ broker (also the AppHost resource name).</summary>
    public const string BrokerConnectionName = "messaging";

    /// <summary>
    /// The bus, the outbox relay and the inbox for a service whose state lives in <typeparamref name="TDbContext"/>.
    /// Queue names are prefixed with <paramref name="serviceName"/> so services never share a queue.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TDbContext : DbContext
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxCommitInterceptor>();
        services.TryAddSingleton<IOutboxDialect, PostgresOutboxDialect>();
        services.AddScoped<IOutboxStore, EfOutboxStore<TDbContext>>();
        services.AddScoped<RecordSetExpansion>();
        services.AddScoped<IOutboxPublisher, MassTransitOutboxPublisher>();
        services.AddScoped<OutboxRelay>();
        services.AddHostedService<OutboxRelayService>();
        services.AddScoped<IInboxUnitOfWork, EfInboxUnitOfWork<TDbContext>>();
        services.AddScoped<MessageInbox>();

        var brokerAddress = builder.Configuration.GetConnectionString(BrokerConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{BrokerConnectionName}' (RabbitMQ) is not configured.");
        var brokerUser = BrokerUser.Of(brokerAddress);
        var trusted = services.AddOptions<TrustedPublishers>().BindConfiguration(TrustedPublishers.Section);
        if (addConsumers is not null)
        {
            // A consumer that does not know every source's broker user would refuse that source's events one by one; refuse to start instead.
            trusted.Validate(t => t.IsComplete(), $"{TrustedPublishers.Section}:Publishers must name a distinct broker user for each of: {string.Join(", ", SourceSystems.All)}.").ValidateOnStart();
        }

        services.AddScoped(typeof(TrustedPublisherFilter<>));

        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            addConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                // Nobody consumes Fault<T>, and publishing them would need write access to exchanges beyond the service's own.
                endpoint.PublishFaults = false;
                // Failed and unconsumed messages were published by other broker users: move them without their user_id.
                endpoint.ConfigureError(error => error.UseFilter(new ForeignMessageErrorFilter()));
                endpoint.ConfigureDeadLetter(deadLetter => deadLetter.UseFilter(new ForeignMessageSkippedFilter()));
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(brokerAddress), host => host.PublisherConfirmation = true);
                rabbit.StampPublisherIdentity(brokerUser);
                // Events go to their own type's exchange only: an exchange shared by every event type would need every publisher's write access.
                rabbit.Publish<IIntegrationEvent>(topology => topology.Exclude = true);

                // Bounded: after the last attempt MassTransit moves the message to <queue>_error. An untrusted publisher goes there at once.
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300));
                    retry.Ignore<UntrustedPublisherException>();
                });
                rabbit.UseConsumeFilter(typeof(TrustedPublisherFilter<>), context);
                rabbit.ConfigureEndpoints(context);
            });
        });

        return builder;
    }
}
