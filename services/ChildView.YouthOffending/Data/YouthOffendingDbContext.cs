using ChildView.Messaging;
using ChildView.ServiceKit.Children;
using ChildView.YouthOffending.Allocations;
using ChildView.YouthOffending.Assessments;
using ChildView.YouthOffending.FamilyMembers;
using ChildView.YouthOffending.Interventions;
using ChildView.YouthOffending.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace ChildView.YouthOffending.Data;

public sealed class YouthOffendingDbContext(DbContextOptions<YouthOffendingDbContext> options) : DbContext(options)
{
    public DbSet<OffenceOutcome> OffenceOutcomes => Set<OffenceOutcome>();

    public DbSet<AssetPlusAssessment> AssetPlusAssessments => Set<AssetPlusAssessment>();

    public DbSet<YouthIntervention> YouthInterventions => Set<YouthIntervention>();

    public DbSet<YotAllocation> YotAllocations => Set<YotAllocation>();

    public DbSet<YouthFamilyMember> YouthFamilyMembers => Set<YouthFamilyMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OffenceOutcome>(outcome =>
        {
            outcome.IsChildRecord();
            outcome.Property(o => o.OffenceType).HasMaxLength(100);
            outcome.Property(o => o.Outcome).HasMaxLength(40);
        });
        modelBuilder.Entity<AssetPlusAssessment>(assessment =>
        {
            assessment.IsChildRecord();
            assessment.Property(a => a.RiskOfSeriousHarm).HasMaxLength(10);
            assessment.Property(a => a.SafetyAndWellbeing).HasMaxLength(10);
            assessment.Property(a => a.LikelihoodOfReoffending).HasMaxLength(10);
        });
        modelBuilder.Entity<YouthIntervention>(intervention =>
        {
            intervention.IsChildRecord();
            intervention.Property(i => i.InterventionType).HasMaxLength(40);
            intervention.Property(i => i.Description).HasMaxLength(500);
        });
        modelBuilder.Entity<YotAllocation>(allocation =>
        {
            allocation.IsChildRecord();
            allocation.Property(a => a.OfficerId).HasMaxLength(100);
            allocation.Property(a => a.OfficerName).HasMaxLength(200);
            allocation.Property(a => a.TeamCode).HasMaxLength(50);
            allocation.Property(a => a.TeamName).HasMaxLength(200);
            allocation.HasIndex(a => a.OfficerId);
            allocation.HasIndex(a => a.TeamCode);
        });
        modelBuilder.Entity<YouthFamilyMember>(member =>
        {
            member.IsChildRecord();
            member.Property(m => m.GivenName).HasMaxLength(100);
            member.Property(m => m.FamilyName).HasMaxLength(100);
            member.Property(m => m.Relationship).HasMaxLength(30);
            member.Property(m => m.Telephone).HasMaxLength(20);
        });
        modelBuilder.AddMessagingTables();
    }
}
