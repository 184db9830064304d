using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Identity.Data;

/// <summary>
/// Brings the schema up to date before anything else touches the database. Registered first so
/// the seeder and the web server only start on a migrated schema. The database server may still
/// be starting (pods start together), so transient connection failures are retried for a while.
/// </summary>
internal sealed class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedService
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + GiveUpAfter;
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.MigrateAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (IsTransient(ex) && DateTimeOffset.UtcNow < deadline)
            {
                logger.LogWarning("Identity database not reachable yet ({Reason}); retrying.", ex.Message);
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    // A provider's retry strategy, when it gives up, wraps the transient failure.
    private static bool IsTransient(Exception ex) =>
        ex is DbException { IsTransient: true } || ex.InnerException is DbException { IsTransient: true };

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
