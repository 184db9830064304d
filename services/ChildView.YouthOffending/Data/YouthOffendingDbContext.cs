using ChildView.Messaging;
using ChildView.ServiceKit.Children;
using ChildView.YouthOffending.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace ChildView.YouthOffending.Data;

public sealed class YouthOffendingDbContext(DbContextOptions<YouthOffendingDbContext> options) : DbContext(options)
{
    public DbSet<OffenceOutcome> OffenceOutcomes => Set<OffenceOutcome>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OffenceOutcome>(outcome =>
        {
            outcome.IsChildRecord();
            outcome.Property(o => o.OffenceType).HasMaxLength(100);
            outcome.Property(o => o.Outcome).HasMaxLength(40);
        });
        modelBuilder.AddMessagingTables();
    }
}
