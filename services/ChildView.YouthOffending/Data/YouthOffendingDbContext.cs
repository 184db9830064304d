using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Access;
using ChildView.Messaging;
using ChildView.ServiceKit.Children;
using ChildView.YouthOffending.Allocations;
using ChildView.YouthOffending.Assessments;
using ChildView.YouthOffending.FamilyMembers;
using ChildView.YouthOffending.Interventions;
using ChildView.YouthOffending.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace ChildView.YouthOffending.Data;

public sealed class YouthOffendingDbContext(DbContextOptions<YouthOffendingDbContext> options, CallerTeamScope? teamScope = null) : DbContext(options)
{
    /// <summary>The caller's teams when their role is team-scoped, read by the query filters per context instance; null sees every case.</summary>
    public string[]? TeamScope { get; } = teamScope?.Teams;

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
            allocation.Property(a => a.AllocatedBy).HasMaxLength(100);
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
        ScopeToTeams<OffenceOutcome>(modelBuilder);
        ScopeToTeams<AssetPlusAssessment>(modelBuilder);
        ScopeToTeams<YouthIntervention>(modelBuilder);
        ScopeToTeams<YouthFamilyMember>(modelBuilder);
        modelBuilder.Entity<YotAllocation>().HasQueryFilter(a => a.DeletedAt == null && (TeamScope == null || TeamScope.Contains(a.TeamCode.ToLower())));
        modelBuilder.AddMessagingTables();
    }

    /// <summary>
    /// Soft-deleted rows are hidden from everyone; a team-scoped caller (a YOT officer) also sees only the
    /// children with an open allocation to one of their teams (replacing the plain soft-delete filter).
    /// </summary>
    private void ScopeToTeams<TRecord>(ModelBuilder modelBuilder)
        where TRecord : ChildRecord =>
        modelBuilder.Entity<TRecord>().HasQueryFilter(r => r.DeletedAt == null
            && (TeamScope == null
                || Set<YotAllocation>().Any(a => a.State == RecordState.Open && a.Child.LocalId == r.Child.LocalId && TeamScope.Contains(a.TeamCode.ToLower()))));
}
