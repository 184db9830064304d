using Microsoft.EntityFrameworkCore;

namespace ChildView.Identity.Data.Postgres;

/// <summary>The PostgreSQL flavour of <see cref="IdentityDbContext"/>; its type keys the migrations beside it.</summary>
public sealed class PostgresIdentityDbContext(DbContextOptions<PostgresIdentityDbContext> options) : IdentityDbContext(options)
{
    private const string OpenIddictPrefix = "OpenIddict";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // OpenIddict names its tables explicitly, which the snake-case convention leaves alone; without
        // this they would be the only identifiers in the schema that need quoting.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && table.StartsWith(OpenIddictPrefix, StringComparison.Ordinal))
            {
                entity.SetTableName("openiddict_" + table[OpenIddictPrefix.Length..].ToLowerInvariant());
            }
        }
    }
}
