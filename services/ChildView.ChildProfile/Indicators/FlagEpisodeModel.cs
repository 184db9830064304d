using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChildView.ChildProfile.Indicators;

/// <summary>The flag episodes' table: kept here so the shared DbContext needs one line for it.</summary>
public static class FlagEpisodeModel
{
    public const string Table = "indicator_flags";

    private static readonly ValueConverter<List<FlagEvidence>, string> EvidenceJson = new(
        value => JsonSerializer.Serialize(value, JsonSerializerOptions.Web),
        json => JsonSerializer.Deserialize<List<FlagEvidence>>(json, JsonSerializerOptions.Web) ?? new List<FlagEvidence>());

    private static readonly ValueComparer<List<FlagEvidence>> EvidenceComparer = new(
        (left, right) => left != null && right != null && left.SequenceEqual(right),
        value => value.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        value => value.ToList());

    public static ModelBuilder AddIndicatorFlags(this ModelBuilder modelBuilder) => modelBuilder.Entity<FlagEpisode>(flag =>
    {
        flag.ToTable(Table);
        flag.HasKey(f => f.Id);
        flag.Property(f => f.SubjectKind).HasMaxLength(10);
        flag.Property(f => f.RuleId).HasMaxLength(60);
        flag.Property(f => f.OutcomeArea).HasMaxLength(60);
        flag.Property(f => f.Evidence).HasColumnType("jsonb").HasConversion(EvidenceJson, EvidenceComparer);
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
