using ChildView.Identity.Users;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Identity.Data;

/// <summary>
/// Users, OpenIddict's clients/scopes/authorizations/tokens, and the Data Protection key ring
/// (so the login cookie written by one replica is readable by another).
/// Provider-neutral: each database provider derives its own context, which owns its migrations.
/// </summary>
public abstract class IdentityDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<User> Users => Set<User>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfiguration(new UserConfiguration());
    }
}
