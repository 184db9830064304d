using Microsoft.EntityFrameworkCore;

namespace ChildView.Messaging.Inbox;

public sealed class EfInboxUnitOfWork<TDbContext>(TDbContext db, TimeProvider clock) : IInboxUnitOfWork
    where TDbContext : DbContext
{
    public Task<bool> HasProcessedAsync(Guid messageId, string consumer, CancellationToken cancellationToken) =>
        db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken);

    public async Task CommitWithKeyAsync(Guid messageId, string consumer, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await work(cancellationToken);
            db.Set<InboxMessage>().Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // The context may hold half-applied tracked changes; a retry must start clean.
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
