using OpenIddict.Abstractions;

namespace ChildView.Identity.Clients;

/// <summary>
/// Creates or updates every client in <see cref="ClientCatalog"/>. A confidential client whose
/// secret is missing is only warned about, not deleted: one replica with incomplete configuration
/// must not be able to switch a service off for all of them.
/// </summary>
internal sealed class ClientSeeder(IOpenIddictApplicationManager applications, IdentitySettings settings, ILogger<ClientSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var registered = new List<string>();
        foreach (var descriptor in ClientCatalog.Build(settings))
        {
            if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is { } existing)
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }

            registered.Add(descriptor.ClientId!);
        }

        logger.LogInformation("Clients registered: {Clients}.", string.Join(' ', registered));
        foreach (var missing in ServiceClients.All.Select(c => c.ClientId).Except(registered))
        {
            logger.LogWarning("No secret configured at Identity:ClientSecrets:{ClientId}; that client is not registered or updated.", missing);
        }
    }
}
