using ChildView.Contracts.Security;
using ChildView.Identity.Connect;
using ChildView.Identity.Data;
using ChildView.Identity.Users;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChildView.Identity.Server;

internal static class OpenIddictServerSetup
{
    private static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(30);

    public static IHostApplicationBuilder AddOpenIddictServer(this IHostApplicationBuilder builder, IdentitySettings settings)
    {
        var keyDirectory = Path.Combine(builder.Environment.ContentRootPath, settings.KeyDirectory);

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(settings.Issuer!)
                    .SetAuthorizationEndpointUris(ConnectPaths.Authorize)
                    .SetTokenEndpointUris(ConnectPaths.Token)
                    .SetEndSessionEndpointUris(ConnectPaths.EndSession)
                    .SetUserInfoEndpointUris(ConnectPaths.UserInfo);

                server.AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();

                // With "plain" the challenge is the verifier, visible in the browser's request; only S256 protects an intercepted code.
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));

                // Advertised in discovery. The audience each API scope grants is stored with it in the database (ApiScopeSeeder).
                server.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, .. ApiResources.AllScopes, ApiResources.Directory.ReadScope]);
                server.RegisterClaims(Claims.Subject, Claims.Name, Claims.Role, UserClaimTypes.Team);

                server.SetAccessTokenLifetime(AccessTokenLifetime);

                // Never ephemeral or development keys: tokens must survive restarts and be valid on every replica.
                server.AddSigningKey(PersistedKeys.LoadOrCreate(Path.Combine(keyDirectory, "signing-key.pem")))
                    .AddEncryptionKey(PersistedKeys.LoadOrCreate(Path.Combine(keyDirectory, "encryption-key.pem")));

                // The APIs validate with plain JwtBearer, which cannot decrypt. Codes and refresh tokens stay encrypted.
                server.DisableAccessTokenEncryption();

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                if (settings.AllowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });

        return builder;
    }
}
