using OpenIddict.Abstractions;

namespace ChildView.Identity.Server;

/// <summary>
/// OpenIddict stores every token and authorization; without pruning those tables grow forever.
/// Removes expired or revoked entries older than the refresh-token lifetime, once an hour.
/// (OpenIddict.Quartz would do this but is not available to us.)
/// </summary>
internal sealed class TokenPruner(IServiceScopeFactory scopes, ILogger<TokenPruner> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private static readonly TimeSpan Threshold = TimeSpan.FromDays(14);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            await PruneAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var threshold = DateTimeOffset.UtcNow - Threshold;
            var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
            var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
            logger.LogInformation("Pruned {Tokens} tokens and {Authorizations} authorizations.", tokens, authorizations);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed run (database blip, another replica pruning the same rows) is retried next hour.
            logger.LogWarning(ex, "Pruning tokens and authorizations failed.");
        }
    }
}
