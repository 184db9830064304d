namespace ChildView.Messaging.Outbox;

/// <summary>Where the relay finds unsent messages. One claimed batch at a time per service.</summary>
public interface IOutboxStore
{
    /// <summary>
    /// Claims up to <paramref name="maxMessages"/> unsent messages in commit order, or returns null
    /// when another relay instance holds the outbox right now.
    /// </summary>
    Task<IOutboxBatch?> ClaimAsync(int maxMessages, CancellationToken cancellationToken);

    /// <summary>Deletes messages sent before the given time; returns how many.</summary>
    Task<int> PruneSentAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken);
}

/// <summary>A claimed set of messages; outcomes are recorded, then persisted together by <see cref="CompleteAsync"/>.</summary>
public interface IOutboxBatch : IAsyncDisposable
{
    IReadOnlyList<OutboxMessage> Messages { get; }

    void MarkSent(OutboxMessage message, DateTimeOffset sentAt);

    void MarkFailed(OutboxMessage message, string error);

    Task CompleteAsync(CancellationToken cancellationToken);
}

/// <summary>Puts one stored message on the bus and returns once the broker has confirmed it.</summary>
public interface IOutboxPublisher
{
    Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken);
}
