using ChildView.Contracts.IntegrationEvents;
using ChildView.Education.Data;
using ChildView.Education.Pupils;
using ChildView.Messaging.Outbox;
using ChildView.Messaging.Outbox.RecordSets;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Referrals;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>The outbox rows holding any record the source loaded, in outbox order.</summary>
    public static async Task<List<OutboxMessage>> SourceRecordSetsAsync(string connection, string source)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT o.id, o.message_type, o.payload, o.occurred_at FROM outbox_messages o
            WHERE o.message_type LIKE 'record-set:%' AND EXISTS (
                SELECT 1 FROM json_array_elements_text(o.payload::json -> 'recordIds') r(id)
                WHERE r.id::uuid IN (SELECT record_id FROM migration.legacy_keys WHERE source = @source))
            ORDER BY o.sequence
            """, db);
        command.Parameters.AddWithValue("source", source);
        await using var reader = await command.ExecuteReaderAsync();
        var messages = new List<OutboxMessage>();
        while (await reader.ReadAsync())
            messages.Add(new OutboxMessage { Id = reader.GetGuid(0), MessageType = reader.GetString(1), Payload = reader.GetString(2), OccurredAt = reader.GetFieldValue<DateTimeOffset>(3) });
        return messages;
    }
}
