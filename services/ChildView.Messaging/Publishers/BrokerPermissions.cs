using System.Text.RegularExpressions;
using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Messaging.Publishers;

/// <summary>What one broker user may configure, write and read on the virtual host: RabbitMQ's three permission patterns.</summary>
public sealed record BrokerPermission(string Service, string Configure, string Write, string Read);

/// <summary>
/// The narrowest permissions MassTransit works with, derived from <see cref="EventOwners"/>. MassTransit
/// names an event's exchange <c>Namespace:Type</c>. A publishing service declares and writes only its
/// own events' exchanges and reads nothing. The consumer declares the event exchanges it binds to and
/// its own endpoints (queues and exchanges named <c>{service}-…</c>, with their <c>_error</c> and
/// <c>_skipped</c> queues), reads both and writes only its own endpoints; it can publish no event.
/// Fault events are not published and the interface exchange is not declared (see AddMessaging).
/// </summary>
public static class BrokerPermissions
{
    /// <summary>The one service that consumes integration events (its queue-name prefix).</summary>
    public const string Consumer = "profile";

    private const string Nothing = "^$";

    /// <summary>Every service's broker user: the four publishers, then the consumer.</summary>
    public static IReadOnlyList<BrokerPermission> All { get; } =
        [.. SourceSystems.All.Select(ForPublisher), ForConsumer(Consumer)];

    public static BrokerPermission ForPublisher(string source)
    {
        var exchanges = ExchangesOf(EventOwners.PublishedBy(source));
        return new BrokerPermission(source, exchanges, exchanges, Nothing);
    }

    public static BrokerPermission ForConsumer(string service)
    {
        var endpoints = $"^{Regex.Escape(service)}-.*$";
        var endpointsAndEvents = $"^({Regex.Escape(service)}-.*|{Alternatives(IntegrationEventTypes.All)})$";
        return new BrokerPermission(service, endpointsAndEvents, endpoints, endpointsAndEvents);
    }

    /// <summary>The exchange MassTransit publishes <paramref name="eventType"/> to.</summary>
    public static string ExchangeOf(Type eventType) => $"{eventType.Namespace}:{eventType.Name}";

    private static string ExchangesOf(IReadOnlyCollection<Type> eventTypes) =>
        eventTypes.Count == 0 ? Nothing : $"^{Alternatives(eventTypes)}$";

    private static string Alternatives(IEnumerable<Type> eventTypes)
    {
        var types = eventTypes.ToList();
        var ns = types.Select(t => t.Namespace).Distinct().Single();
        return $"{Regex.Escape(ns + ":")}({string.Join('|', types.Select(t => t.Name).Order(StringComparer.Ordinal))})";
    }
}
