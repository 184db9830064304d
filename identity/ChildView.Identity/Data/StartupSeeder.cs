using ChildView.Identity.ApiScopes;
using ChildView.Identity.Clients;
using ChildView.Identity.Users;

namespace ChildView.Identity.Data;

/// <summary>
/// Registers scopes, clients and (when configured) demo users at every start; each step is an
/// upsert, so restarts and several replicas starting together converge on the same rows.
/// </summary>
internal sealed class StartupSeeder(IServiceScopeFactory scopes, IdentitySettings settings, ILogger<StartupSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SeedAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Most likely a replica starting alongside inserted the same row first; a second pass finds and updates it.
            logger.LogWarning(ex, "Seeding failed once; retrying.");
            await SeedAsync(cancellationToken);
        }
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<ApiScopeSeeder>().SeedAsync(cancellationToken);
        await services.GetRequiredService<ClientSeeder>().SeedAsync(cancellationToken);
        if (settings.SeedDemoUsers)
        {
            await services.GetRequiredService<DemoUserSeeder>().SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
