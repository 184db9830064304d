using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Stewardship;

/// <summary>The steward decisions' tables: kept here so the shared DbContext needs one line for them.</summary>
public static class StewardDecisionModel
{
    public const string DecisionsTable = "steward_decisions";
    public const string VerdictsTable = "source_pair_verdicts";

    public static ModelBuilder AddStewardDecisions(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StewardDecision>(decision =>
        {
            decision.ToTable(DecisionsTable);
            decision.HasKey(d => d.Id);
            decision.Property(d => d.Sequence).ValueGeneratedOnAdd();
            decision.HasIndex(d => d.Sequence).IsUnique();
            decision.Property(d => d.Kind).HasMaxLength(20);
            decision.Property(d => d.Keys).IsJson();
            decision.Property(d => d.OtherKeys).IsJson();
            decision.Property(d => d.DecidedBy).HasMaxLength(100);
            decision.Property(d => d.Reason).HasMaxLength(1000);
            decision.Property(d => d.ReplayedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<SourcePairVerdict>(verdict =>
        {
            verdict.ToTable(VerdictsTable);
            verdict.HasKey(v => new { v.SourceSystem, v.LocalId, v.OtherSourceSystem, v.OtherLocalId });
            verdict.Property(v => v.SourceSystem).HasMaxLength(20);
            verdict.Property(v => v.LocalId).HasMaxLength(50);
            verdict.Property(v => v.OtherSourceSystem).HasMaxLength(20);
            verdict.Property(v => v.OtherLocalId).HasMaxLength(50);
        });
        return modelBuilder;
    }
}
