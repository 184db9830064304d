using ChildView.Contracts.IntegrationEvents;
using ChildView.EarlyYears.Allocations;
using ChildView.EarlyYears.DevelopmentalChecks;
using ChildView.EarlyYears.EarlyHelp;
using ChildView.EarlyYears.Entitlements;
using ChildView.EarlyYears.FamilyMembers;
using ChildView.EarlyYears.Settings;
using ChildView.Messaging;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ChildView.EarlyYears.Data;

public sealed class EarlyYearsDbContext(DbContextOptions<EarlyYearsDbContext> options, RecordRequest? request = null) : RecordDbContext(options, request)
{
    public DbSet<SettingRegistration> SettingRegistrations => Set<SettingRegistration>();

    public DbSet<FundedEntitlement> FundedEntitlements => Set<FundedEntitlement>();

    public DbSet<EarlyHelpEpisode> EarlyHelpEpisodes => Set<EarlyHelpEpisode>();

    public DbSet<DevelopmentalCheck> DevelopmentalChecks => Set<DevelopmentalCheck>();

    public DbSet<EarlyYearsFamilyMember> EarlyYearsFamilyMembers => Set<EarlyYearsFamilyMember>();

    public DbSet<EarlyYearsAllocation> EarlyYearsAllocations => Set<EarlyYearsAllocation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SettingRegistration>(registration =>
        {
            registration.IsChildRecord();
            registration.Property(r => r.ProviderUrn).HasMaxLength(7);
            registration.Property(r => r.SettingName).HasMaxLength(200);
            registration.HasIndex(r => r.ProviderUrn);
        });
        modelBuilder.Entity<FundedEntitlement>(entitlement =>
        {
            entitlement.IsChildRecord();
            entitlement.Property(e => e.EntitlementType).HasMaxLength(30);
            entitlement.Property(e => e.Basis).HasMaxLength(3);
            entitlement.Property(e => e.EligibilityCode).HasMaxLength(11);
        });
        modelBuilder.Entity<EarlyHelpEpisode>(episode =>
        {
            episode.IsChildRecord();
            episode.Property(e => e.LeadPractitioner).HasMaxLength(200);
            episode.Property(e => e.LeadAgency).HasMaxLength(200);
            episode.Property(e => e.ClosureOutcome).HasMaxLength(40);
        });
        modelBuilder.Entity<DevelopmentalCheck>(check =>
        {
            check.IsChildRecord();
            check.Property(c => c.Communication).HasMaxLength(15);
            check.Property(c => c.GrossMotor).HasMaxLength(15);
            check.Property(c => c.FineMotor).HasMaxLength(15);
            check.Property(c => c.ProblemSolving).HasMaxLength(15);
            check.Property(c => c.PersonalSocial).HasMaxLength(15);
        });
        modelBuilder.Entity<EarlyYearsFamilyMember>(member =>
        {
            member.IsChildRecord();
            member.Property(m => m.GivenName).HasMaxLength(100);
            member.Property(m => m.FamilyName).HasMaxLength(100);
            member.Property(m => m.Relationship).HasMaxLength(30);
            member.Property(m => m.Telephone).HasMaxLength(20);
        });
        modelBuilder.Entity<EarlyYearsAllocation>(allocation =>
        {
            allocation.IsChildRecord();
            allocation.Property(a => a.PractitionerId).HasMaxLength(100);
            allocation.Property(a => a.PractitionerName).HasMaxLength(200);
            allocation.Property(a => a.AllocatedBy).HasMaxLength(100);
            allocation.Property(a => a.TeamCode).HasMaxLength(50);
            allocation.Property(a => a.TeamName).HasMaxLength(200);
            allocation.HasIndex(a => a.PractitionerId);
            allocation.HasIndex(a => a.TeamCode);
        });
        ScopeToTeams<SettingRegistration>(modelBuilder);
        ScopeToTeams<FundedEntitlement>(modelBuilder);
        ScopeToTeams<EarlyHelpEpisode>(modelBuilder);
        ScopeToTeams<DevelopmentalCheck>(modelBuilder);
        ScopeToTeams<EarlyYearsFamilyMember>(modelBuilder);
        modelBuilder.Entity<EarlyYearsAllocation>().HasQueryFilter(a => a.DeletedAt == null
            && (Unscoped || (ScopeTeams != null && ScopeTeams.Contains(a.TeamCode.ToLower())) || (ScopeWorker != null && a.PractitionerId == ScopeWorker)));
        modelBuilder.AddMessagingTables();
    }

    public override Task<bool> IsChildInScopeAsync(string localId, CancellationToken cancellationToken) =>
        EarlyYearsAllocations.AnyAsync(a => a.State == RecordState.Open && a.Child.LocalId == localId, cancellationToken);

    /// <summary>
    /// Soft-deleted rows are hidden from everyone; a scoped caller (an early years practitioner) also sees
    /// only the children with an open allocation within their scope (to one of their teams, or to them).
    /// </summary>
    private void ScopeToTeams<TRecord>(ModelBuilder modelBuilder)
        where TRecord : ChildRecord =>
        modelBuilder.Entity<TRecord>().HasQueryFilter(r => r.DeletedAt == null
            && (Unscoped
                || Set<EarlyYearsAllocation>().Any(a => a.State == RecordState.Open && a.Child.LocalId == r.Child.LocalId
                    && ((ScopeTeams != null && ScopeTeams.Contains(a.TeamCode.ToLower())) || (ScopeWorker != null && a.PractitionerId == ScopeWorker)))));
}
