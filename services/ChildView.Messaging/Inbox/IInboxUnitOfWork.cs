namespace ChildView.Messaging.Inbox;

/// <summary>The transaction a consumer's changes and its processed-message key are written in.</summary>
public interface IInboxUnitOfWork
{
    Task<bool> HasProcessedAsync(Guid messageId, string consumer, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> and the key's insert in one transaction; nothing is kept if either fails.</summary>
    Task CommitWithKeyAsync(Guid messageId, string consumer, Func<CancellationToken, Task> work, CancellationToken cancellationToken);
}
