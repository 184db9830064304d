namespace ChildView.Messaging.Inbox;

public enum InboxOutcome
{
    Applied,
    Duplicate,
}

/// <summary>
/// Applies a message at most once per consumer. A failure propagates unchanged, so the broker
/// redelivers (and after the retry limit dead-letters) instead of the message being acknowledged.
/// </summary>
public sealed class MessageInbox(IInboxUnitOfWork unitOfWork)
{
    public async Task<InboxOutcome> ApplyOnceAsync(Guid messageId, string consumer, Func<CancellationToken, Task> apply, CancellationToken cancellationToken)
    {
        if (await unitOfWork.HasProcessedAsync(messageId, consumer, cancellationToken))
        {
            return InboxOutcome.Duplicate;
        }

        // Two copies delivered at once both get here; the key's primary key lets only one commit,
        // and the other's retry then finds the key and stops as a duplicate.
        await unitOfWork.CommitWithKeyAsync(messageId, consumer, apply, cancellationToken);
        return InboxOutcome.Applied;
    }
}
