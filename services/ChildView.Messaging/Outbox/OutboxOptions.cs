namespace ChildView.Messaging.Outbox;

public sealed class OutboxOptions
{
    /// <summary>How many messages one claim takes.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Fallback poll when no commit has woken the relay (another replica's writes, a missed signal).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one publish may wait for the broker's confirmation.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First and last wait after a failed publish; doubles in between.</summary>
    public TimeSpan MinRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Sent rows are kept this long for diagnosis, then deleted.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
}
