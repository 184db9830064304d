using ChildView.Contracts.Security;
using ChildView.ServiceDefaults;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChildView.Identity.Clients;

/// <summary>
/// Every client ChildView knows, built from configuration. First-party clients only, so consent is
/// implicit; public clients must use PKCE since they cannot keep a secret.
/// </summary>
public static class ClientCatalog
{
    public const string CliClientId = "childview-cli";

    /// <summary>A loopback URI: scripts, tests and benchmarks catch the code from the redirect without a browser.</summary>
    public static readonly Uri CliRedirectUri = new("http://127.0.0.1/callback");

    public static IEnumerable<OpenIddictApplicationDescriptor> Build(IdentitySettings settings)
    {
        yield return Swagger(settings.SwaggerRedirectUris);
        yield return Cli();
        foreach (var client in ServiceClients.All)
        {
            if (settings.ClientSecrets.GetValueOrDefault(client.ClientId) is { Length: > 0 } secret)
            {
                yield return Confidential(client, secret);
            }
        }
    }

    private static OpenIddictApplicationDescriptor Swagger(IEnumerable<string> redirectUris)
    {
        var swagger = Interactive(OpenApiExtensions.SwaggerClientId, "Swagger UI", ApplicationTypes.Web);
        foreach (var uri in redirectUris)
        {
            swagger.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        return swagger;
    }

    private static OpenIddictApplicationDescriptor Cli()
    {
        var cli = Interactive(CliClientId, "ChildView scripts and tests", ApplicationTypes.Native);
        cli.RedirectUris.Add(CliRedirectUri);
        cli.Permissions.Add(Permissions.GrantTypes.RefreshToken); // also what lets it ask for offline_access
        return cli;
    }

    private static OpenIddictApplicationDescriptor Interactive(string clientId, string displayName, string applicationType)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = displayName,
            ClientType = ClientTypes.Public,
            ApplicationType = applicationType,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        AddScopePermissions(descriptor, ApiResources.AllScopes);
        return descriptor;
    }

    private static OpenIddictApplicationDescriptor Confidential(ServiceClients.ServiceClient client, string secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = secret,
            DisplayName = client.DisplayName,
            ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        AddScopePermissions(descriptor, client.Scopes);
        return descriptor;
    }

    private static void AddScopePermissions(OpenIddictApplicationDescriptor descriptor, IEnumerable<string> scopes)
    {
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
    }
}
