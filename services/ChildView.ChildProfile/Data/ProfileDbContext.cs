using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Audit;
using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Indicators;
using ChildView.ChildProfile.Families;
using ChildView.ChildProfile.Stewardship;
using ChildView.Messaging;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Data;

public sealed class ProfileDbContext(DbContextOptions<ProfileDbContext> options) : DbContext(options)
{
    public DbSet<Child> Children => Set<Child>();

    public DbSet<ChildIdentifier> ChildIdentifiers => Set<ChildIdentifier>();

    public DbSet<SourceLink> SourceLinks => Set<SourceLink>();

    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();

    public DbSet<IdentityReview> IdentityReviews => Set<IdentityReview>();

    public DbSet<ChildMerge> ChildMerges => Set<ChildMerge>();

    public DbSet<StewardDecision> StewardDecisions => Set<StewardDecision>();

    public DbSet<SourcePairVerdict> SourcePairVerdicts => Set<SourcePairVerdict>();

    public DbSet<Allocation> Allocations => Set<Allocation>();

    public DbSet<BreakGlassGrant> BreakGlassGrants => Set<BreakGlassGrant>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<FlagEpisode> IndicatorFlags => Set<FlagEpisode>();
    public DbSet<HouseholdMembership> HouseholdMemberships => Set<HouseholdMembership>();

    public DbSet<ChildRelative> ChildRelatives => Set<ChildRelative>();

    public DbSet<ChildFamily> ChildFamilies => Set<ChildFamily>();

    public DbSet<FamilyLink> FamilyLinks => Set<FamilyLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Child>(child =>
        {
            child.HasKey(c => c.Id);
            child.Property(c => c.GivenName).HasMaxLength(100);
            child.Property(c => c.FamilyName).HasMaxLength(100);
            child.Property(c => c.Sex).HasMaxLength(1);
            child.Property(c => c.Upn).HasMaxLength(13);
            child.Property(c => c.NhsNumber).HasMaxLength(10);
            child.Property(c => c.Postcode).HasMaxLength(10);
            child.Property(c => c.AddressLine1).HasMaxLength(200);
            child.Property(c => c.Town).HasMaxLength(100);
            child.Property(c => c.GivenNameFolded).HasMaxLength(200);
            child.Property(c => c.FamilyNameFolded).HasMaxLength(200);
            child.HasIndex(c => new { c.FamilyName, c.GivenName });
            // Search: the family name's key exactly, then the given name's key by prefix (LIKE 'key%' needs pattern ops).
            child.HasIndex(c => new { c.FamilyNameFolded, c.GivenNameFolded }).HasOperators("text_pattern_ops", "text_pattern_ops");
            child.HasIndex(c => c.DateOfBirth);
            child.HasIndex(c => c.MergedIntoId);
        });

        modelBuilder.Entity<ChildIdentifier>(identifier =>
        {
            identifier.HasKey(i => new { i.Kind, i.Value });
            identifier.Property(i => i.Kind).HasMaxLength(10);
            identifier.Property(i => i.Value).HasMaxLength(20);
            identifier.HasIndex(i => i.ChildId);
        });

        modelBuilder.Entity<SourceLink>(link =>
        {
            link.HasKey(l => new { l.SourceSystem, l.LocalId });
            link.Property(l => l.SourceSystem).HasMaxLength(20);
            link.Property(l => l.LocalId).HasMaxLength(50);
            link.Property(l => l.LinkMethod).HasMaxLength(20);
            link.Property(l => l.GivenName).HasMaxLength(100);
            link.Property(l => l.FamilyName).HasMaxLength(100);
            link.Property(l => l.GivenNameKey).HasMaxLength(100);
            link.Property(l => l.FamilyNameKey).HasMaxLength(100);
            link.Property(l => l.Sex).HasMaxLength(1);
            link.Property(l => l.AddressLine1).HasMaxLength(200);
            link.Property(l => l.Town).HasMaxLength(100);
            link.Property(l => l.PostcodeKey).HasMaxLength(10);
            link.Property(l => l.Upn).HasMaxLength(13);
            link.Property(l => l.NhsNumber).HasMaxLength(10);
            link.HasIndex(l => l.ChildId);

            // One index per blocking rule of the identity matcher.
            link.HasIndex(l => l.DateOfBirth);
            link.HasIndex(l => new { l.FamilyNameKey, l.DateOfBirth });
            link.HasIndex(l => new { l.PostcodeKey, l.GivenNameKey });
            link.HasIndex(l => new { l.GivenNameKey, l.FamilyNameKey });
        });

        modelBuilder.Entity<ServiceRecord>(record =>
        {
            record.HasKey(r => new { r.SourceSystem, r.RecordType, r.RecordId });
            record.Property(r => r.SourceSystem).HasMaxLength(20);
            record.Property(r => r.RecordType).HasMaxLength(40);
            record.Property(r => r.Summary).HasMaxLength(500);
            record.Property(r => r.State).HasConversion<string>().HasMaxLength(10);
            record.Property(r => r.Attributes).IsJson();
            record.Property(r => r.SourceLocalId).HasMaxLength(50);
            record.HasIndex(r => r.ChildId);
            record.Property(r => r.ChildAddressLine1).HasMaxLength(200);
            record.Property(r => r.ChildTown).HasMaxLength(100);
            record.Property(r => r.ChildPostcode).HasMaxLength(10);
        });

        modelBuilder.Entity<IdentityReview>(review =>
        {
            review.HasKey(r => r.Id);
            review.Property(r => r.SourceSystem).HasMaxLength(20);
            review.Property(r => r.LocalId).HasMaxLength(50);
            review.Property(r => r.Status).HasMaxLength(20);
            review.Property(r => r.DecidedBy).HasMaxLength(100);
            review.Property(r => r.Reason).HasMaxLength(1000);
            review.Property(r => r.Evidence).IsJson();
            review.HasIndex(r => new { r.Status, r.CreatedAt });
            review.HasIndex(r => r.ChildId);
            review.HasIndex(r => r.CandidateChildId);
        });

        modelBuilder.Entity<ChildMerge>(merge =>
        {
            merge.HasKey(m => m.Id);
            merge.Property(m => m.MergedBy).HasMaxLength(100);
            merge.Property(m => m.Reason).HasMaxLength(1000);
            merge.Property(m => m.UnmergedBy).HasMaxLength(100);
            merge.Property(m => m.UnmergeReason).HasMaxLength(1000);
            merge.Property(m => m.MovedSourceLinks).IsJson();
            merge.Property(m => m.MovedIdentifiers).IsJson();
            merge.HasIndex(m => m.SurvivorChildId);
            merge.HasIndex(m => m.MergedChildId);
        });

        modelBuilder.Entity<Allocation>(allocation =>
        {
            allocation.HasKey(a => new { a.SourceSystem, a.AllocationId });
            allocation.Property(a => a.SourceSystem).HasMaxLength(20);
            allocation.Property(a => a.WorkerUserName).HasMaxLength(100);
            allocation.Property(a => a.Team).HasMaxLength(100);
            allocation.Property(a => a.SourceLocalId).HasMaxLength(50);
            allocation.Property(a => a.AllocatedBy).HasMaxLength(100);
            allocation.HasIndex(a => new { a.WorkerUserName, a.ChildId });
            allocation.HasIndex(a => new { a.Team, a.ChildId });
        });

        modelBuilder.Entity<BreakGlassGrant>(grant =>
        {
            grant.HasKey(g => g.Id);
            grant.Property(g => g.UserName).HasMaxLength(100);
            grant.Property(g => g.Role).HasMaxLength(50);
            grant.Property(g => g.Reason).HasMaxLength(1000);
            grant.Property(g => g.Purpose).HasMaxLength(200);
            grant.Property(g => g.Review).HasMaxLength(20);
            grant.Property(g => g.ReviewedBy).HasMaxLength(100);
            grant.HasIndex(g => new { g.UserName, g.ExpiresAt });
        });

        modelBuilder.Entity<AuditEvent>(audit =>
        {
            audit.HasKey(a => a.Seq);
            audit.Property(a => a.Seq).ValueGeneratedOnAdd();
            audit.Property(a => a.UserName).HasMaxLength(100);
            audit.Property(a => a.Role).HasMaxLength(50);
            audit.Property(a => a.Teams).HasMaxLength(500);
            audit.Property(a => a.Action).HasMaxLength(30);
            audit.Property(a => a.Sections).HasMaxLength(2000);
            audit.Property(a => a.Purpose).HasMaxLength(1000);
            audit.Property(a => a.Outcome).HasMaxLength(200);
            audit.Property(a => a.ClientAddress).HasMaxLength(64);
            audit.HasIndex(a => new { a.ChildId, a.Seq });
            audit.HasIndex(a => new { a.UserName, a.Seq });
            audit.Property(a => a.ChildIds).HasDefaultValueSql("'{}'::uuid[]");
            audit.HasIndex(a => a.ChildIds).HasMethod("gin");
        });

        modelBuilder.AddIndicatorFlags();
        modelBuilder.AddStewardDecisions();
        modelBuilder.AddFamilyTables();
        modelBuilder.AddMessagingTables();
    }
}
