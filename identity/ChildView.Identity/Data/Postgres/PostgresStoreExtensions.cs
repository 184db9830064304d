using Microsoft.EntityFrameworkCore;

namespace ChildView.Identity.Data.Postgres;

public static class PostgresStoreExtensions
{
    public const string ConnectionName = "identitydb";

    /// <summary>Registers <see cref="IdentityDbContext"/> backed by PostgreSQL (connection string <c>identitydb</c>).</summary>
    public static IHostApplicationBuilder AddPostgresIdentityStore(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionName}' is missing.");

        builder.Services.AddDbContext<IdentityDbContext, PostgresIdentityDbContext>(options => Configure(options, connectionString));
        return builder;
    }

    // Retries ride over pooled connections broken by a database restart or failover, instead of failing a sign-in.
    // (OpenIddict copes with the strategy: where it cannot open its own transaction it carries on without one.)
    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention();
}
