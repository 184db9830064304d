using ChildView.Contracts.IntegrationEvents;
using ChildView.Education.Data;
using ChildView.Education.Pupils;
using ChildView.Messaging.Outbox;
using ChildView.Messaging.Outbox.RecordSets;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Referrals;
using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using Npgsql;

namespace ChildView.IntegrationTests.Migration;

/// <summary>Expands the record sets a migration left in a service's outbox the way its relay does, with the service's own expanders.</summary>
internal static class OutboxRecordSets
{
    public static async Task<List<IIntegrationEvent>> ExpandEducationAsync(string connection, string source)
    {
        var options = new DbContextOptionsBuilder<EducationDbContext>().UseNpgsql(connection).UseSnakeCaseNamingConvention().Options;
        await using var db = new EducationDbContext(options);
        return await ExpandAsync(connection, source, new RecordSetExpansion([new PupilsRegisteredRecordSet(db), new PupilDetailsChangedRecordSet(db)]));
    }

    public static async Task<List<IIntegrationEvent>> ExpandSocialCareAsync(string connection, string source)
    {
        var options = new DbContextOptionsBuilder<SocialCareDbContext>().UseNpgsql(connection).UseSnakeCaseNamingConvention().Options;
        await using var db = new SocialCareDbContext(options);
        return await ExpandAsync(connection, source, new RecordSetExpansion([new ReferralsRecordedRecordSet(db), new ReferralsChangedRecordSet(db)]));
    }

    private static async Task<List<IIntegrationEvent>> ExpandAsync(string connection, string source, RecordSetExpansion expansion)
    {
        var events = new List<IIntegrationEvent>();
        foreach (var message in await SourceRecordSetsAsync(connection, source))
            events.AddRange(await expansion.ExpandAsync(message, CancellationToken.None));
        return events;
    }

    /// <summary>The outbox record sets holding any record the source loaded, in outbox order.</summary>
    public static async Task<List<OutboxMessage>> SourceRecordSetsAsync(string connection, string source) =>
        [.. (await RecordSetsAsync(connection, source)).Select(r => r.Message)];

    /// <summary>Each of the source's records in each record set, as (message type, record id), in outbox order: the events the relay will publish for them.</summary>
    public static async Task<List<(string MessageType, Guid RecordId)>> SourceEntriesAsync(string connection, string source) =>
        [.. (await RecordSetsAsync(connection, source)).SelectMany(r => r.SourceIds.Select(id => (r.Message.MessageType, id)))];

    private static async Task<List<(OutboxMessage Message, List<Guid> SourceIds)>> RecordSetsAsync(string connection, string source)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var sourceIds = new HashSet<Guid>();
        await using (var keys = new NpgsqlCommand("SELECT record_id FROM migration.legacy_keys WHERE source = @source", db))
        {
            keys.Parameters.AddWithValue("source", source);
            await using var reader = await keys.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                sourceIds.Add(reader.GetGuid(0));
        }

        var sets = new List<(OutboxMessage, List<Guid>)>();
        await using var command = new NpgsqlCommand(
            "SELECT id, message_type, payload, occurred_at FROM outbox_messages WHERE message_type LIKE 'record-set:%' ORDER BY sequence", db);
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            var message = new OutboxMessage { Id = rows.GetGuid(0), MessageType = rows.GetString(1), Payload = rows.GetString(2), OccurredAt = rows.GetFieldValue<DateTimeOffset>(3) };
            var ids = JsonSerializer.Deserialize<OutboxRecordSet>(message.Payload, IntegrationEventJson.Options)!.RecordIds.Where(sourceIds.Contains).ToList();
            if (ids.Count > 0)
                sets.Add((message, ids));
        }

        return sets;
    }
}
