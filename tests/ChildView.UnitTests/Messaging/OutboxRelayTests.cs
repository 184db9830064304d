using ChildView.Messaging.Outbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChildView.UnitTests.Messaging;

public sealed class OutboxRelayTests
{
    private readonly FakeOutboxStore _store = new();
    private readonly FakePublisher _publisher = new();

    private OutboxRelay Relay() => new(_store, _publisher, TimeProvider.System, NullLogger<OutboxRelay>.Instance);

    [Fact]
    public async Task Publishes_waiting_messages_in_sequence_order_and_marks_them_sent()
    {
        _store.Add("a", "b", "c");

        var result = await Relay().RunOnceAsync(10, CancellationToken.None);

        Assert.Equal(RelayOutcome.Published, result.Outcome);
        Assert.Equal(3, result.PublishedCount);
        Assert.Equal(["a", "b", "c"], _publisher.Published);
        Assert.All(_store.Rows, row => Assert.NotNull(row.SentAt));
    }

    [Fact]
    public async Task Stops_at_the_first_failure_so_later_messages_never_overtake_it()
    {
        _store.Add("a", "b", "c");
        _publisher.FailOn.Add("b");

        var result = await Relay().RunOnceAsync(10, CancellationToken.None);

        Assert.Equal(RelayOutcome.Failed, result.Outcome);
        Assert.Equal(["a"], _publisher.Published);
        var failed = _store.Rows.Single(r => r.Payload == "b");
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal("broker unavailable", failed.LastError);
        Assert.Null(_store.Rows.Single(r => r.Payload == "c").SentAt);
    }

    [Fact]
    public async Task A_failed_message_goes_out_first_once_publishing_works_again()
    {
        _store.Add("a", "b", "c");
        _publisher.FailOn.Add("b");
        await Relay().RunOnceAsync(10, CancellationToken.None);

        _publisher.FailOn.Clear();
        var result = await Relay().RunOnceAsync(10, CancellationToken.None);

        Assert.Equal(RelayOutcome.Published, result.Outcome);
        Assert.Equal(["a", "b", "c"], _publisher.Published);
        Assert.All(_store.Rows, row => Assert.NotNull(row.SentAt));
    }

    [Fact]
    public async Task Reports_idle_when_nothing_waits()
    {
        var result = await Relay().RunOnceAsync(10, CancellationToken.None);

        Assert.Equal(RelayOutcome.Idle, result.Outcome);
        Assert.Empty(_publisher.Published);
    }

    [Fact]
    public async Task Reports_busy_and_publishes_nothing_while_another_instance_holds_the_outbox()
    {
        _store.Add("a");
        _store.HeldElsewhere = true;

        var result = await Relay().RunOnceAsync(10, CancellationToken.None);

        Assert.Equal(RelayOutcome.Busy, result.Outcome);
        Assert.Empty(_publisher.Published);
        Assert.Null(_store.Rows[0].SentAt);
    }

    [Fact]
    public async Task Takes_at_most_one_batch_and_says_when_more_may_wait()
    {
        _store.Add("a", "b", "c");

        var first = await Relay().RunOnceAsync(2, CancellationToken.None);
        var second = await Relay().RunOnceAsync(2, CancellationToken.None);

        Assert.True(first.BatchWasFull);
        Assert.Equal(2, first.PublishedCount);
        Assert.False(second.BatchWasFull);
        Assert.Equal(["a", "b", "c"], _publisher.Published);
    }
}
