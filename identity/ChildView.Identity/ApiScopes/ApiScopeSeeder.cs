using ChildView.Contracts.Security;
using OpenIddict.Abstractions;

namespace ChildView.Identity.ApiScopes;

/// <summary>
/// Registers one scope per API scope in <see cref="ApiResources"/>, bound to that API's audience,
/// so a token granted a scope carries the audience of the API it opens.
/// </summary>
internal sealed class ApiScopeSeeder(IOpenIddictScopeManager scopes, ILogger<ApiScopeSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var api in ApiResources.All.Append(ApiResources.Directory))
        {
            foreach (var scope in api.AllScopes)
            {
                var descriptor = new OpenIddictScopeDescriptor
                {
                    Name = scope,
                    DisplayName = scope,
                    Resources = { api.Audience },
                };

                if (await scopes.FindByNameAsync(scope, cancellationToken) is { } existing)
                {
                    await scopes.UpdateAsync(existing, descriptor, cancellationToken);
                }
                else
                {
                    await scopes.CreateAsync(descriptor, cancellationToken);
                }
            }
        }

        logger.LogInformation("API scopes registered: {Scopes}.", string.Join(' ', ApiResources.AllScopes.Append(ApiResources.Directory.ReadScope)));
    }
}
