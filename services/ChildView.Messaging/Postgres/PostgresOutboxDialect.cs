using ChildView.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Messaging.Postgres;

/// <summary>
/// A transaction-scoped advisory lock: released automatically on commit or rollback, so a relay that
/// dies never leaves the outbox locked.
/// </summary>
public sealed class PostgresOutboxDialect : IOutboxDialect
{
    // Arbitrary but fixed: each service has its own database, so one key per database suffices.
    private const long OutboxLockKey = 0x4368_696C_6456_6965;

    public async Task<bool> TryLockOutboxAsync(DbContext db, CancellationToken cancellationToken) =>
        await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({OutboxLockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);
}
