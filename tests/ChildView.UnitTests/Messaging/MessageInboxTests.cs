using ChildView.Messaging.Inbox;

namespace ChildView.UnitTests.Messaging;

public sealed class MessageInboxTests
{
    private sealed class FakeUnitOfWork : IInboxUnitOfWork
    {
        public HashSet<(Guid, string)> Keys { get; } = [];

        public Task<bool> HasProcessedAsync(Guid messageId, string consumer, CancellationToken cancellationToken) =>
            Task.FromResult(Keys.Contains((messageId, consumer)));

        public async Task CommitWithKeyAsync(Guid messageId, string consumer, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
        {
            // Like the database: the key is kept only if the work succeeded.
            await work(cancellationToken);
            if (!Keys.Add((messageId, consumer)))
            {
                throw new InvalidOperationException("duplicate key");
            }
        }
    }

    private readonly FakeUnitOfWork _unitOfWork = new();

    [Fact]
    public async Task Applies_a_message_once_however_often_it_is_delivered()
    {
        var inbox = new MessageInbox(_unitOfWork);
        var id = Guid.NewGuid();
        var applied = 0;

        var first = await inbox.ApplyOnceAsync(id, "consumer", _ => { applied++; return Task.CompletedTask; }, CancellationToken.None);
        var second = await inbox.ApplyOnceAsync(id, "consumer", _ => { applied++; return Task.CompletedTask; }, CancellationToken.None);

        Assert.Equal(InboxOutcome.Applied, first);
        Assert.Equal(InboxOutcome.Duplicate, second);
        Assert.Equal(1, applied);
    }

    [Fact]
    public async Task The_same_message_is_applied_once_per_consumer()
    {
        var inbox = new MessageInbox(_unitOfWork);
        var id = Guid.NewGuid();

        await inbox.ApplyOnceAsync(id, "profile", _ => Task.CompletedTask, CancellationToken.None);
        var other = await inbox.ApplyOnceAsync(id, "indicators", _ => Task.CompletedTask, CancellationToken.None);

        Assert.Equal(InboxOutcome.Applied, other);
    }

    [Fact]
    public async Task A_failure_propagates_and_leaves_no_key_so_the_redelivery_is_applied()
    {
        var inbox = new MessageInbox(_unitOfWork);
        var id = Guid.NewGuid();

        await Assert.ThrowsAsync<TimeoutException>(() =>
            inbox.ApplyOnceAsync(id, "consumer", _ => throw new TimeoutException(), CancellationToken.None));
        Assert.Empty(_unitOfWork.Keys);

        var retry = await inbox.ApplyOnceAsync(id, "consumer", _ => Task.CompletedTask, CancellationToken.None);
        Assert.Equal(InboxOutcome.Applied, retry);
    }
}
