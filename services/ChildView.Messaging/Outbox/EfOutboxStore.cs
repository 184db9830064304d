using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChildView.Messaging.Outbox;

public sealed class EfOutboxStore<TDbContext>(TDbContext db, IOutboxDialect dialect) : IOutboxStore
    where TDbContext : DbContext
{
    public async Task<IOutboxBatch?> ClaimAsync(int maxMessages, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (!await dialect.TryLockOutboxAsync(db, cancellationToken))
            {
                await transaction.DisposeAsync();
                return null;
            }

            var messages = await db.Set<OutboxMessage>()
                .Where(m => m.SentAt == null)
                .OrderBy(m => m.Sequence)
                .Take(maxMessages)
                .ToListAsync(cancellationToken);
            return new Batch(db, transaction, messages);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public Task<int> PruneSentAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>()
            .Where(m => m.SentAt != null && m.SentAt < sentBefore)
            .ExecuteDeleteAsync(cancellationToken);

    private sealed class Batch(DbContext db, IDbContextTransaction transaction, IReadOnlyList<OutboxMessage> messages) : IOutboxBatch
    {
        public IReadOnlyList<OutboxMessage> Messages => messages;

        public void MarkSent(OutboxMessage message, DateTimeOffset sentAt) => message.SentAt = sentAt;

        public void MarkFailed(OutboxMessage message, string error)
        {
            message.Attempts++;
            message.LastError = error.Length > 2000 ? error[..2000] : error;
        }

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
