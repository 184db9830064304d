using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChildView.Identity.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without starting the host (which would need a
/// connection string and would create signing keys). Adding a migration never connects.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresIdentityDbContext>
{
    public PostgresIdentityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresIdentityDbContext>();
        PostgresStoreExtensions.Configure(options, "Host=localhost;Database=childview_identity_design");
        return new PostgresIdentityDbContext(options.Options);
    }
}
