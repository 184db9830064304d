using ChildView.Messaging.Outbox;

namespace ChildView.UnitTests.Messaging;

/// <summary>An in-memory outbox that behaves like the database one: claims unsent rows in sequence order.</summary>
internal sealed class FakeOutboxStore : IOutboxStore
{
    public List<OutboxMessage> Rows { get; } = [];

    public bool HeldElsewhere { get; set; }

    public void Add(params string[] payloads)
    {
        foreach (var payload in payloads)
        {
            Rows.Add(new OutboxMessage { Id = Guid.NewGuid(), Sequence = Rows.Count + 1, MessageType = "test", Payload = payload });
        }
    }

    public Task<IOutboxBatch?> ClaimAsync(int maxMessages, CancellationToken cancellationToken)
    {
        if (HeldElsewhere)
        {
            return Task.FromResult<IOutboxBatch?>(null);
        }

        var claimed = Rows.Where(r => r.SentAt is null).OrderBy(r => r.Sequence).Take(maxMessages).ToList();
        return Task.FromResult<IOutboxBatch?>(new Batch(claimed));
    }

    public Task<int> PruneSentAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken) =>
        Task.FromResult(Rows.RemoveAll(r => r.SentAt < sentBefore));

    private sealed class Batch(IReadOnlyList<OutboxMessage> messages) : IOutboxBatch
    {
        public IReadOnlyList<OutboxMessage> Messages => messages;

        public void MarkSent(OutboxMessage message, DateTimeOffset sentAt) => message.SentAt = sentAt;

        public void MarkFailed(OutboxMessage message, string error)
        {
            message.Attempts++;
            message.LastError = error;
        }

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>Records what was published; fails for payloads listed in <see cref="FailOn"/>.</summary>
internal sealed class FakePublisher : IOutboxPublisher
{
    public List<string> Published { get; } = [];

    public HashSet<string> FailOn { get; } = [];

    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (FailOn.Contains(message.Payload))
        {
            throw new InvalidOperationException("broker unavailable");
        }

        Published.Add(message.Payload);
        return Task.CompletedTask;
    }
}
