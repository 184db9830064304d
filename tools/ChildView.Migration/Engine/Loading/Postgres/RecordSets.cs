using System.Text.Json;
using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>Record-set entries for the service's outbox (see <see cref="OutboxRecordSet"/>), serialised as its outbox stores them.</summary>
internal static class RecordSets
{
    /// <summary>The outbox's serialisation (ChildView.Messaging's IntegrationEventJson): web defaults.</summary>
    private static readonly JsonSerializerOptions OutboxJson = new(JsonSerializerDefaults.Web);

    /// <summary>The entry for these records, or null when there are none.</summary>
    public static (string MessageType, string Payload)? Entry(Type eventType, IReadOnlyList<Guid> recordIds) =>
        recordIds.Count == 0 ? null : (OutboxRecordSet.TypeNameFor(eventType), JsonSerializer.Serialize(new OutboxRecordSet(recordIds), OutboxJson));
}
