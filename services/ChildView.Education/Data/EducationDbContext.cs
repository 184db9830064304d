using ChildView.Education.Attendance;
using ChildView.Education.Common;
using ChildView.Education.Enrolments;
using ChildView.Education.Exclusions;
using ChildView.Education.FamilyMembers;
using ChildView.Education.FreeSchoolMeals;
using ChildView.Education.Pupils;
using ChildView.Education.SenProvisions;
using ChildView.Messaging;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChildView.Education.Data;

public sealed class EducationDbContext(DbContextOptions<EducationDbContext> options, RecordRequest? request = null) : RecordDbContext(options, request)
{
    public DbSet<Pupil> Pupils => Set<Pupil>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<AttendanceSession> AttendanceSessions => Set<AttendanceSession>();

    public DbSet<AttendanceSummary> AttendanceSummaries => Set<AttendanceSummary>();

    public DbSet<Exclusion> Exclusions => Set<Exclusion>();

    public DbSet<SenProvision> SenProvisions => Set<SenProvision>();

    public DbSet<FreeSchoolMealsEligibility> FreeSchoolMeals => Set<FreeSchoolMealsEligibility>();

    public DbSet<PupilFamilyMember> PupilFamilyMembers => Set<PupilFamilyMember>();

    /// <summary>
    /// A UPN stays with one child for life, so it names at most one pupil that is not deleted (a closed
    /// pupil keeps theirs); a deleted pupil, registered in error, frees it.
    /// </summary>
    public const string PupilUpnIndex = "ux_pupils_child_upn";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Pupil>(pupil =>
        {
            pupil.IsChildRecord();
            pupil.OwnsOne(p => p.Child, child => child.HasIndex(c => c.Upn).IsUnique().HasDatabaseName(PupilUpnIndex).HasFilter("child_upn IS NOT NULL AND deleted_at IS NULL"));
            pupil.Property(p => p.FormerUpn).HasMaxLength(13);
            pupil.Property(p => p.UpnUnknownReason).HasMaxLength(3);
        });

        modelBuilder.Entity<Enrolment>(enrolment =>
        {
            enrolment.IsPupilRecord();
            enrolment.Property(e => e.EndDate).HasColumnName("leave_date");
            enrolment.Property(e => e.Urn).HasMaxLength(6);
            enrolment.Property(e => e.Laestab).HasMaxLength(7);
            enrolment.Property(e => e.EnrolmentStatus).HasMaxLength(1);
            enrolment.HasIndex(e => e.Urn);
        });

        modelBuilder.Entity<AttendanceSession>(session =>
        {
            session.HasKey(s => new { s.PupilId, s.Date, s.Session });
            session.Property(s => s.Session).HasMaxLength(2);
            session.Property(s => s.Code).HasMaxLength(2);
            session.HasOne<Pupil>().WithMany().HasForeignKey(s => s.PupilId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<AttendanceSummary>(summary =>
        {
            summary.IsPupilRecord();
            summary.Property(s => s.AcademicYear).HasMaxLength(7);
            summary.Property(s => s.Term).HasMaxLength(6);
            summary.Property(s => s.AttendancePercentage).HasPrecision(4, 1);
            summary.HasIndex(s => new { s.PupilId, s.AcademicYear, s.Term }).IsUnique();
            summary.HasIndex(s => s.PersistentAbsence);
            summary.Ignore(s => s.Tally);
        });

        modelBuilder.Entity<Exclusion>(exclusion =>
        {
            exclusion.IsPupilRecord();
            exclusion.Property(e => e.Category).HasMaxLength(4);
            exclusion.Property(e => e.Reason).HasMaxLength(2);
        });

        modelBuilder.Entity<SenProvision>(provision =>
        {
            provision.IsPupilRecord();
            provision.Property(p => p.Provision).HasMaxLength(1);
        });

        modelBuilder.Entity<FreeSchoolMealsEligibility>(eligibility => eligibility.IsPupilRecord());

        modelBuilder.Entity<PupilFamilyMember>(member =>
        {
            member.IsPupilRecord();
            member.Property(m => m.Relationship).HasMaxLength(3);
            member.Property(m => m.GivenName).HasMaxLength(100);
            member.Property(m => m.FamilyName).HasMaxLength(100);
            member.Property(m => m.AddressLine1).HasMaxLength(100);
            member.Property(m => m.AddressLine2).HasMaxLength(100);
            member.Property(m => m.Town).HasMaxLength(100);
            member.Property(m => m.Postcode).HasMaxLength(10);
        });

        modelBuilder.AddMessagingTables();
    }
}

internal static class PupilRecordModel
{
    /// <summary>A child record that belongs to a pupil: indexed by pupil, and never left pointing at a pupil row that does not exist.</summary>
    public static EntityTypeBuilder<TRecord> IsPupilRecord<TRecord>(this EntityTypeBuilder<TRecord> record)
        where TRecord : PupilRecord
    {
        record.IsChildRecord();
        record.HasIndex(r => r.PupilId);
        record.HasOne<Pupil>().WithMany().HasForeignKey(r => r.PupilId).OnDelete(DeleteBehavior.Restrict);
        return record;
    }
}
