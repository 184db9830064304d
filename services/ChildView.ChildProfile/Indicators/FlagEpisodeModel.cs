using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Indicators;

/// <summary>The flag episodes' table: kept here so the shared DbContext needs one line for it.</summary>
public static class FlagEpisodeModel
{
    public const string Table = "indicator_flags";

    public static ModelBuilder AddIndicatorFlags(this ModelBuilder modelBuilder) => modelBuilder.Entity<FlagEpisode>(flag =>
    {
        flag.ToTable(Table);
        flag.HasKey(f => f.Id);
        flag.Property(f => f.SubjectKind).HasMaxLength(10);
        flag.Property(f => f.RuleId).HasMaxLength(60);
        flag.Property(f => f.OutcomeArea).HasMaxLength(60);
        flag.Property(f => f.Evidence).IsJson();
        flag.Property(f => f.Assignee).HasMaxLength(100);
        flag.Property(f => f.AssignedTeam).HasMaxLength(100);
        flag.Property(f => f.AssignedBy).HasMaxLength(100);
        flag.Property(f => f.Version).IsConcurrencyToken();

        // At most one open episode per subject and rule; the history is the closed ones.
        flag.HasIndex(f => new { f.SubjectKind, f.ChildId, f.RuleId }).IsUnique().HasFilter("cleared_at IS NULL");
        flag.HasIndex(f => f.ChildId);
        flag.HasIndex(f => f.FamilyChildren).HasMethod("gin");
        flag.HasIndex(f => new { f.ClearedAt, f.RaisedAt });
    });
}
