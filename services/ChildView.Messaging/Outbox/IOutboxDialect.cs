using Microsoft.EntityFrameworkCore;

namespace ChildView.Messaging.Outbox;

/// <summary>
/// The database-specific part of the outbox: how one relay instance takes exclusive hold of it for
/// the current transaction. PostgreSQL's lives in <c>Postgres/</c>; another engine adds its own.
/// </summary>
public interface IOutboxDialect
{
    Task<bool> TryLockOutboxAsync(DbContext db, CancellationToken cancellationToken);
}
