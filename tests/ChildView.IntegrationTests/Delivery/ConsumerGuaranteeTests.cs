using ChildView.Contracts.IntegrationEvents;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Delivery;

/// <summary>What the profile's consumers promise: once-only effects, no going back in time, and nothing lost on failure.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConsumerGuaranteeTests(PlatformFixture platform)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly BusProbe _bus = new(platform);

    [Fact]
    public async Task A_message_delivered_twice_is_applied_once()
    {
        var pupilId = Guid.NewGuid();
        var message = BusProbe.Pupil(pupilId, 1, "Twice");
        using var consumed = _bus.CountConsumes(message.EventId);

        await _bus.PublishAsync(message);
        await _bus.PublishAsync(message);

        await _bus.InboxHoldsAsync([message.EventId]);
        await consumed.UntilAsync(2, Deadline);
        Assert.Equal(1, await _bus.CountAsync("SELECT count(*) FROM inbox_messages WHERE message_id = @id", ("id", message.EventId)));
        Assert.Equal(1, await _bus.CountAsync("SELECT count(*) FROM service_records WHERE record_id = @id", ("id", pupilId)));
        Assert.Equal(1, await _bus.CountAsync("SELECT count(*) FROM source_links WHERE local_id = @id", ("id", pupilId.ToString("N"))));
        Assert.Equal(0, await _bus.ErrorQueueDepthAsync("pupil-registered"));
    }

    [Fact]
    public async Task An_older_version_arriving_after_a_newer_one_changes_nothing()
    {
        var pupilId = Guid.NewGuid();
        var newer = new PupilDetailsChanged(Guid.NewGuid(), SourceSystems.Education, 3, DateTimeOffset.UtcNow, BusProbe.Pupil(pupilId, 3, "Newer").Child, pupilId, RecordState.Open);
        await _bus.PublishAsync(newer);
        await Poll.UntilAsync(async () => await _bus.RecordVersionAsync(pupilId) == 3, Deadline, "version 3 applied");

        var older = BusProbe.Pupil(pupilId, 1, "Older");
        await _bus.PublishAsync(older);
        await _bus.InboxHoldsAsync([older.EventId]);

        Assert.Equal(3, await _bus.RecordVersionAsync(pupilId));
        Assert.Equal("Newer", await _bus.ChildGivenNameAsync(pupilId));
    }

    [Fact]
    public async Task An_identifier_that_fails_its_checksum_does_not_link_two_children()
    {
        const string miskeyedUpn = "A801200005001";
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        await _bus.PublishAsync(BusProbe.Pupil(first, 1, "First", upn: miskeyedUpn));
        await _bus.PublishAsync(BusProbe.Pupil(second, 1, "Second", upn: miskeyedUpn));

        await Poll.UntilAsync(async () => await _bus.RecordVersionAsync(first) == 1 && await _bus.RecordVersionAsync(second) == 1, Deadline, "both records");
        Assert.Equal(2, await _bus.CountAsync(
            "SELECT count(DISTINCT child_id) FROM service_records WHERE record_id = ANY(@ids)", ("ids", new[] { first, second })));
        Assert.Equal(0, await _bus.CountAsync("SELECT count(*) FROM child_identifiers WHERE value = @upn", ("upn", miskeyedUpn)));
    }

    [Fact]
    public async Task A_message_that_cannot_be_processed_goes_to_the_error_queue_and_writes_nothing()
    {
        var referralId = Guid.NewGuid();
        var before = await _bus.ErrorQueueDepthAsync("referral-recorded");

        // No identity block: the consumer cannot link it to any child, however often it retries.
        await _bus.PublishAsync(new ReferralRecorded(Guid.NewGuid(), SourceSystems.SocialCare, 1, DateTimeOffset.UtcNow, null!, referralId, new DateOnly(2026, 1, 1), "2A", null));

        await Poll.UntilAsync(async () => await _bus.ErrorQueueDepthAsync("referral-recorded") == before + 1, TimeSpan.FromSeconds(60), "the message in the error queue");
        Assert.Null(await _bus.RecordVersionAsync(referralId));
    }
}
