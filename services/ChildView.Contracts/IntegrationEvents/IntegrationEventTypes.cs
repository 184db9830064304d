namespace ChildView.Contracts.IntegrationEvents;

/// <summary>
/// The closed set of event types an outbox may hold: the concrete <see cref="IIntegrationEvent"/>
/// records of this assembly. The relay resolves stored type names only against this set, never
/// through reflection over arbitrary strings.
/// </summary>
public static class IntegrationEventTypes
{
    private static readonly Dictionary<string, Type> ByName = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(type => typeof(IIntegrationEvent).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
        .ToDictionary(NameOf, StringComparer.Ordinal);

    public static IReadOnlyCollection<Type> All => ByName.Values;

    public static string NameOf(Type type) => type.FullName ?? type.Name;

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type)
            ? type
            : throw new UnknownIntegrationEventException(name);
}

public sealed class UnknownIntegrationEventException(string name)
    : Exception($"'{name}' is not a known integration event type.");
