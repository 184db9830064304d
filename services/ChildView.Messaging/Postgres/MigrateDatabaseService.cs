using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChildView.Messaging.Postgres;

/// <summary>
/// Applies pending migrations during start-up, before the relay and the bus start (hosted services
/// start in registration order). EF Core takes a database lock, so replicas may start together.
/// </summary>
public sealed class MigrateDatabaseService<TDbContext>(IServiceScopeFactory scopes, ILogger<MigrateDatabaseService<TDbContext>> logger) : IHostedService
    where TDbContext : DbContext
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
                await db.Database.MigrateAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (IsUnreachable(ex) && DateTime.UtcNow < deadline)
            {
                logger.LogWarning(ex, "Database for {Context} not ready; retrying", typeof(TDbContext).Name);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Only a server that cannot be reached yet is worth waiting for; a broken migration fails at once.</summary>
    private static bool IsUnreachable(Exception ex) =>
        ex is Npgsql.NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException or TimeoutException
        || (ex.InnerException is { } inner && IsUnreachable(inner));
}
