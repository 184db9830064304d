using ChildView.Messaging.Outbox;

namespace ChildView.UnitTests.Messaging;

public sealed class OutboxSignalTests
{
    private static readonly TimeSpan Forever = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_notification_wakes_a_waiting_relay_before_its_poll_interval()
    {
        var signal = new OutboxSignal();
        var waiting = signal.WaitAsync(Forever, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        signal.Notify();

        var finished = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(waiting, finished);
    }

    [Fact]
    public async Task A_notification_before_the_wait_is_not_lost()
    {
        var signal = new OutboxSignal();
        signal.Notify();

        var waiting = signal.WaitAsync(Forever, CancellationToken.None);

        var finished = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(waiting, finished);
    }

    [Fact]
    public async Task Many_notifications_collapse_into_one_wake_up()
    {
        var signal = new OutboxSignal();
        signal.Notify();
        signal.Notify();
        signal.Notify();
        await signal.WaitAsync(Forever, CancellationToken.None);

        var second = signal.WaitAsync(Forever, CancellationToken.None);

        Assert.False(second.IsCompleted);
    }

    [Fact]
    public async Task Without_a_notification_the_wait_ends_at_the_poll_interval()
    {
        var signal = new OutboxSignal();

        var waiting = signal.WaitAsync(TimeSpan.FromMilliseconds(10), CancellationToken.None);

        var finished = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(waiting, finished);
    }
}
