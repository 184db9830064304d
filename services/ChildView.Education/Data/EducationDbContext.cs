using ChildView.Education.Pupils;
using ChildView.Messaging;
using ChildView.ServiceKit.Children;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Education.Data;

public sealed class EducationDbContext(DbContextOptions<EducationDbContext> options) : DbContext(options)
{
    public DbSet<Pupil> Pupils => Set<Pupil>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Pupil>().IsChildRecord();
        modelBuilder.AddMessagingTables();
    }
}
