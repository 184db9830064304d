using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Access;
using ChildView.Messaging;
using ChildView.ServiceKit.Children;
using ChildView.SocialCare.Assessments;
using ChildView.SocialCare.CareFamilyMembers;
using ChildView.SocialCare.CaseAllocations;
using ChildView.SocialCare.CaseNotes;
using ChildView.SocialCare.ChildInNeedPlans;
using ChildView.SocialCare.ChildProtectionPlans;
using ChildView.SocialCare.LookedAfterEpisodes;
using ChildView.SocialCare.Referrals;
using ChildView.SocialCare.Section47Enquiries;
using Microsoft.EntityFrameworkCore;

namespace ChildView.SocialCare.Data;

public sealed class SocialCareDbContext(DbContextOptions<SocialCareDbContext> options, CallerTeamScope? teamScope = null) : DbContext(options)
{
    /// <summary>The caller's teams when their role is team-scoped, read by the query filters per context instance; null sees every case.</summary>
    public string[]? TeamScope { get; } = teamScope?.Teams;

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<Section47Enquiry> Section47Enquiries => Set<Section47Enquiry>();

    public DbSet<ChildProtectionPlan> ChildProtectionPlans => Set<ChildProtectionPlan>();

    public DbSet<ChildInNeedPlan> ChildInNeedPlans => Set<ChildInNeedPlan>();

    public DbSet<LookedAfterEpisode> LookedAfterEpisodes => Set<LookedAfterEpisode>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<CaseAllocation> CaseAllocations => Set<CaseAllocation>();

    public DbSet<CareFamilyMember> CareFamilyMembers => Set<CareFamilyMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Referral>(referral =>
        {
            referral.IsChildRecord();
            referral.Property(r => r.ReferralSource).HasMaxLength(3);
            referral.Property(r => r.PrimaryNeed).HasMaxLength(2);
            referral.Property(r => r.ReasonForClosure).HasMaxLength(3);
            referral.HasIndex(r => r.ReferralDate);
        });
        modelBuilder.Entity<Assessment>(assessment =>
        {
            assessment.IsChildRecord();
            assessment.HasIndex(a => a.ReferralId);
        });
        modelBuilder.Entity<Section47Enquiry>(enquiry =>
        {
            enquiry.ToTable("section47_enquiries");
            enquiry.IsChildRecord();
            enquiry.Property(e => e.Outcome).HasMaxLength(4);
            enquiry.HasIndex(e => e.ReferralId);
        });
        modelBuilder.Entity<ChildProtectionPlan>(plan =>
        {
            plan.IsChildRecord();
            plan.Property(p => p.InitialCategoryOfAbuse).HasMaxLength(3);
            plan.Property(p => p.LatestCategoryOfAbuse).HasMaxLength(3);
            plan.HasIndex(p => p.ReferralId);
        });
        modelBuilder.Entity<ChildInNeedPlan>(plan =>
        {
            plan.IsChildRecord();
            plan.HasIndex(p => p.ReferralId);
        });
        modelBuilder.Entity<LookedAfterEpisode>(episode =>
        {
            episode.IsChildRecord();
            episode.Property(e => e.ReasonForNewEpisode).HasMaxLength(1);
            episode.Property(e => e.LegalStatus).HasMaxLength(2);
            episode.Property(e => e.PlacementType).HasMaxLength(3);
            episode.Property(e => e.PlacementProvider).HasMaxLength(3);
            episode.Property(e => e.ReasonEnded).HasMaxLength(3);
        });
        modelBuilder.Entity<CaseNote>(note =>
        {
            note.IsChildRecord();
            note.Property(n => n.Author).HasMaxLength(100);
            note.Property(n => n.Text).HasMaxLength(CaseNote.MaxTextLength);
        });
        modelBuilder.Entity<CaseAllocation>(allocation =>
        {
            allocation.IsChildRecord();
            allocation.Property(a => a.WorkerId).HasMaxLength(50);
            allocation.Property(a => a.WorkerName).HasMaxLength(200);
            allocation.Property(a => a.AllocatedBy).HasMaxLength(100);
            allocation.Property(a => a.Team).HasMaxLength(100);
            allocation.HasIndex(a => a.WorkerId);
        });
        modelBuilder.Entity<CareFamilyMember>(member =>
        {
            member.IsChildRecord();
            member.Property(m => m.Relationship).HasMaxLength(20);
            member.Property(m => m.GivenName).HasMaxLength(100);
            member.Property(m => m.FamilyName).HasMaxLength(100);
            member.Property(m => m.AddressLine1).HasMaxLength(100);
            member.Property(m => m.AddressLine2).HasMaxLength(100);
            member.Property(m => m.Town).HasMaxLength(100);
            member.Property(m => m.Postcode).HasMaxLength(10);
        });
        ScopeToTeams<Referral>(modelBuilder);
        ScopeToTeams<Assessment>(modelBuilder);
        ScopeToTeams<Section47Enquiry>(modelBuilder);
        ScopeToTeams<ChildProtectionPlan>(modelBuilder);
        ScopeToTeams<ChildInNeedPlan>(modelBuilder);
        ScopeToTeams<LookedAfterEpisode>(modelBuilder);
        ScopeToTeams<CaseNote>(modelBuilder);
        ScopeToTeams<CareFamilyMember>(modelBuilder);
        modelBuilder.Entity<CaseAllocation>().HasQueryFilter(a => a.DeletedAt == null && (TeamScope == null || TeamScope.Contains(a.Team.ToLower())));
        modelBuilder.AddMessagingTables();
    }

    /// <summary>
    /// Soft-deleted rows are hidden from everyone; a team-scoped caller also sees only the children
    /// with an open allocation to one of their teams (replacing the plain soft-delete filter).
    /// </summary>
    private void ScopeToTeams<TRecord>(ModelBuilder modelBuilder)
        where TRecord : ChildRecord =>
        modelBuilder.Entity<TRecord>().HasQueryFilter(r => r.DeletedAt == null
            && (TeamScope == null
                || CaseAllocations.Any(a => a.State == RecordState.Open && a.Child.LocalId == r.Child.LocalId && TeamScope.Contains(a.Team.ToLower()))));
}
