using ChildView.Identity.Account;
using ChildView.Identity.ApiScopes;
using ChildView.Identity.Clients;
using ChildView.Identity.Connect;
using ChildView.Identity.Data;
using ChildView.Identity.Data.Postgres;
using ChildView.Identity.Server;
using ChildView.Identity.Users;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace ChildView.Identity;

public static class IdentityServiceExtensions
{
    /// <summary>The OpenIddict server, its PostgreSQL store, the login page and the start-up jobs.</summary>
    public static IHostApplicationBuilder AddIdentityServer(this IHostApplicationBuilder builder)
    {
        var settings = IdentitySettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);

        builder.AddPostgresIdentityStore();

        // Hosted services start in registration order and the server listens only after all have
        // started: migrate first (even before Data Protection loads its key ring from the database), then seed.
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHostedService<StartupSeeder>();
        builder.Services.AddHealthChecks().AddDbContextCheck<IdentityDbContext>(PostgresStoreExtensions.ConnectionName);

        // Replicas share the key ring through the database, so any of them can read the login and antiforgery cookies.
        builder.Services.AddDataProtection()
            .SetApplicationName("childview-identity")
            .PersistKeysToDbContext<IdentityDbContext>();

        builder.AddOpenIddictServer(settings);
        builder.AddLoginCookie(settings);
        builder.Services.AddCors(cors => cors.AddPolicy(ConnectEndpoints.TokenCorsPolicy, policy => policy
            .WithOrigins(settings.CorsOrigins)
            .WithMethods(HttpMethods.Post)
            .AllowAnyHeader()));

        builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddScoped<UserDirectory>();
        builder.Services.AddScoped<UserPrincipalFactory>();
        builder.Services.AddScoped<ApiScopeSeeder>();
        builder.Services.AddScoped<ClientSeeder>();
        builder.Services.AddScoped<DemoUserSeeder>();

        builder.Services.AddHostedService<TokenPruner>();
        return builder;
    }

    public static WebApplication UseIdentityServer(this WebApplication app)
    {
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
