using System.Text.Json.Serialization;

namespace ChildView.Contracts.IntegrationEvents;

/// <summary>
/// An outbox entry that stands for one integration event of one type per listed record. Bulk writers (the legacy
/// migration) store this instead of one serialised event per record: at a million records the payloads would
/// cost more than the records themselves. The owning service's relay turns it into the events, built from the
/// records by the service's own event factories, when it publishes.
/// </summary>
public sealed record OutboxRecordSet([property: JsonConverter(typeof(RecordIdRunsJsonConverter))] IReadOnlyList<Guid> RecordIds)
{
    /// <summary>Message types of record-set entries start with this, followed by the event's type name.</summary>
    public const string TypePrefix = "record-set:";

    public static string TypeNameFor(Type eventType) => TypePrefix + IntegrationEventTypes.NameOf(eventType);

    public static bool IsRecordSet(string messageType) => messageType.StartsWith(TypePrefix, StringComparison.Ordinal);

    /// <summary>The event type a record-set entry stands for; throws for an unknown event type.</summary>
    public static Type EventTypeOf(string messageType) =>
        IsRecordSet(messageType)
            ? IntegrationEventTypes.Resolve(messageType[TypePrefix.Length..])
            : throw new ArgumentException($"'{messageType}' is not a record-set message type.", nameof(messageType));
}
