using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Messaging.Publishers;

/// <summary>
/// The broker user each source system publishes as (<c>Messaging:Publishers:{source}</c>), and the
/// rule a consumer applies before it touches an event: the event's type belongs to the source it
/// claims (<see cref="EventOwners"/>) and came from that source's broker user.
/// </summary>
public sealed class TrustedPublishers
{
    public const string Section = "Messaging";

    public Dictionary<string, string> Publishers { get; } = new(StringComparer.Ordinal);

    /// <summary>Why the event may not be applied, or null when it may.</summary>
    public string? Refusal(Type eventType, string? claimedSource, string? childSource, string? brokerUser)
    {
        var owner = EventOwners.OwnerOf(eventType);
        if (owner is null)
        {
            return $"no source system owns {eventType.Name}";
        }

        if (!string.Equals(claimedSource, owner, StringComparison.Ordinal) || (childSource is not null && !string.Equals(childSource, owner, StringComparison.Ordinal)))
        {
            return $"{eventType.Name} is published only by {owner}";
        }

        if (!Publishers.TryGetValue(owner, out var expected) || string.IsNullOrEmpty(expected))
        {
            return $"no broker user is configured for {owner}";
        }

        if (string.IsNullOrEmpty(brokerUser))
        {
            return "the message carries no publisher (AMQP user_id)";
        }

        return string.Equals(brokerUser, expected, StringComparison.Ordinal) ? null : $"{owner} publishes as broker user {expected}";
    }

    /// <summary>Every source has its own broker user: two sources sharing one could speak for each other.</summary>
    public bool IsComplete() =>
        SourceSystems.All.All(source => Publishers.TryGetValue(source, out var user) && !string.IsNullOrWhiteSpace(user))
        && Publishers.Values.Distinct(StringComparer.Ordinal).Count() == Publishers.Count;
}
