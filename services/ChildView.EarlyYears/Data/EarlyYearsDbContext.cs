using ChildView.EarlyYears.Settings;
using ChildView.Messaging;
using ChildView.ServiceKit.Children;
using Microsoft.EntityFrameworkCore;

namespace ChildView.EarlyYears.Data;

public sealed class EarlyYearsDbContext(DbContextOptions<EarlyYearsDbContext> options) : DbContext(options)
{
    public DbSet<SettingRegistration> SettingRegistrations => Set<SettingRegistration>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SettingRegistration>(registration =>
        {
            registration.IsChildRecord();
            registration.Property(r => r.ProviderUrn).HasMaxLength(7);
            registration.Property(r => r.SettingName).HasMaxLength(200);
        });
        modelBuilder.AddMessagingTables();
    }
}
