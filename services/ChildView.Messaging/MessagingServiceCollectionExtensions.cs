using ChildView.Messaging.Inbox;
using ChildView.Messaging.Outbox;
using ChildView.Messaging.Outbox.RecordSets;
using ChildView.Messaging.Postgres;
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

        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            addConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(brokerAddress), host => host.PublisherConfirmation = true);

                // Bounded: after the last attempt MassTransit moves the message to <queue>_error.
                rabbit.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300)));
                rabbit.ConfigureEndpoints(context);
            });
        });

        return builder;
    }
}
