using ChildView.Migration.Matching;
using ChildView.Migration.Pipeline;

namespace ChildView.Migration.Quality;

/// <summary>Per source: what came in, what was wrong with it, how it relates to children already known.</summary>
public sealed record QualityReport(
    string Source,
    string Target,
    string File,
    string FileSha256,
    bool DryRun,
    DateTimeOffset GeneratedAt,
    Reconciliation Reconciliation,
    IReadOnlyList<FieldQuality> Fields,
    IReadOnlyList<ReasonCount> TopRejectionReasons,
    long DuplicateSourceKeys,
    MatchSummary? Matching);

/// <summary>Completeness: share of rows with a value. Validity: share of present values that passed.</summary>
public sealed record FieldQuality(string Field, string? Column, long Present, long Valid, double Completeness, double Validity);

public sealed record ReasonCount(string Field, string Reason, long Rows);
