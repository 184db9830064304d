using System.Text.Json;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Outbox;
using ChildView.Messaging.Outbox.RecordSets;

namespace ChildView.UnitTests.Messaging;

public sealed class RecordSetExpansionTests
{
    private static readonly DateTimeOffset StoredAt = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_record_set_becomes_one_event_per_record_with_ids_that_do_not_change_between_expansions()
    {
        var records = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        var message = Stored(typeof(PupilRegistered), records);
        var expansion = new RecordSetExpansion([new FakePupilExpander()]);

        var first = await expansion.ExpandAsync(message, CancellationToken.None);
        var second = await expansion.ExpandAsync(message, CancellationToken.None);

        Assert.Equal(records, first.Cast<PupilRegistered>().Select(e => e.PupilId));
        Assert.All(first, e => Assert.Equal(StoredAt, e.OccurredAt));
        Assert.Equal(first.Select(e => e.EventId), second.Select(e => e.EventId));
        Assert.Equal(2, first.Select(e => e.EventId).Distinct().Count());
        Assert.DoesNotContain(message.Id, first.Select(e => e.EventId));
    }

    [Fact]
    public void Event_ids_differ_between_entries_and_between_records_and_are_version_8_uuids()
    {
        var record = Guid.CreateVersion7();
        var one = new RecordSetEntry(Guid.CreateVersion7(), [record], StoredAt);
        var other = new RecordSetEntry(Guid.CreateVersion7(), [record], StoredAt);

        Assert.NotEqual(one.EventIdFor(record), other.EventIdFor(record));
        Assert.NotEqual(one.EventIdFor(record), one.EventIdFor(Guid.CreateVersion7()));
        Assert.Equal(8, one.EventIdFor(record).Version);
        Assert.Equal(one.EventIdFor(record), one.EventIdFor(record));
    }

    [Fact]
    public async Task A_record_set_of_an_event_the_service_cannot_expand_fails_rather_than_being_dropped()
    {
        var expansion = new RecordSetExpansion([new FakePupilExpander()]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => expansion.ExpandAsync(Stored(typeof(ReferralRecorded), [Guid.CreateVersion7()]), CancellationToken.None));

        Assert.Contains("no expander", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_set_without_record_ids_fails()
    {
        var message = new OutboxMessage { Id = Guid.CreateVersion7(), MessageType = OutboxRecordSet.TypeNameFor(typeof(PupilRegistered)), Payload = "{}", OccurredAt = StoredAt };

        await Assert.ThrowsAsync<InvalidOperationException>(() => new RecordSetExpansion([new FakePupilExpander()]).ExpandAsync(message, CancellationToken.None));
    }

    [Fact]
    public void Record_set_type_names_round_trip_and_ordinary_event_types_are_not_record_sets()
    {
        var name = OutboxRecordSet.TypeNameFor(typeof(PupilDetailsChanged));

        Assert.True(OutboxRecordSet.IsRecordSet(name));
        Assert.Equal(typeof(PupilDetailsChanged), OutboxRecordSet.EventTypeOf(name));
        Assert.False(OutboxRecordSet.IsRecordSet(IntegrationEventTypes.NameOf(typeof(PupilDetailsChanged))));
        Assert.Throws<UnknownIntegrationEventException>(() => OutboxRecordSet.EventTypeOf(OutboxRecordSet.TypePrefix + "System.String"));
    }

    private static OutboxMessage Stored(Type eventType, IReadOnlyList<Guid> records) => new()
    {
        Id = Guid.CreateVersion7(),
        MessageType = OutboxRecordSet.TypeNameFor(eventType),
        Payload = JsonSerializer.Serialize(new OutboxRecordSet(records), IntegrationEventJson.Options),
        OccurredAt = StoredAt,
    };

    private sealed class FakePupilExpander : IRecordSetExpander
    {
        public Type EventType => typeof(PupilRegistered);

        public Task<IReadOnlyList<IIntegrationEvent>> ExpandAsync(RecordSetEntry entry, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<IIntegrationEvent>>(entry.RecordIds
                .Select(id => new PupilRegistered(entry.EventIdFor(id), SourceSystems.Education, 1, entry.OccurredAt,
                    new ChildIdentity(SourceSystems.Education, id.ToString(), "Ada", "Lovelace", new DateOnly(2014, 12, 10), "F", null, null, null), id))
                .ToList());
    }
}
