namespace ChildView.Contracts.IntegrationEvents;

/// <summary>
/// The closed set of event types an outbox may hold. The relay resolves stored type names only
/// against this list, never through reflection over arbitrary strings.
/// </summary>
public static class IntegrationEventTypes
{
    private static readonly Dictionary<string, Type> ByName = new[]
    {
        typeof(PupilRegistered),
        typeof(PupilDetailsChanged),
        typeof(ReferralRecorded),
        typeof(OffenceOutcomeRecorded),
        typeof(SettingRegistrationRecorded),
    }.ToDictionary(NameOf, StringComparer.Ordinal);

    public static IReadOnlyCollection<Type> All => ByName.Values;

    public static string NameOf(Type type) => type.FullName ?? type.Name;

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type)
            ? type
            : throw new UnknownIntegrationEventException(name);
}

public sealed class UnknownIntegrationEventException(string name)
    : Exception($"'{name}' is not a known integration event type.");
