using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildView.ServiceKit.Auditing.Postgres;

/// <summary>
/// Roles and role memberships belong to the server, not to one database: APIs starting at once on the
/// same server create the same roles, and grant and revoke the audit owner role to the same login, in
/// transactions that can collide. A collision rolls the whole start-up transaction back; running it
/// again settles it.
/// </summary>
public static class RoleRaces
{
    private const int Attempts = 5;

    public static async Task RetryAsync(Func<Task> startUp, ILogger logger, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await startUp();
                return;
            }
            catch (PostgresException e) when (attempt < Attempts && IsRace(e))
            {
                logger.LogInformation("Start-up raced another on the server's roles ({SqlState}: {Message}); retrying", e.SqlState, e.MessageText);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt * Random.Shared.Next(1, 4)), cancellationToken);
            }
        }
    }

    /// <summary>A role created twice, a membership revoked under another transaction's feet, or a deadlock between them.</summary>
    private static bool IsRace(PostgresException e) => e.SqlState is PostgresErrorCodes.UniqueViolation
        or PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.InsufficientPrivilege
        or PostgresErrorCodes.InternalError; // "tuple concurrently updated" on a role membership
}
