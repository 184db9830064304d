using ChildView.Migration.Quality;

namespace ChildView.Migration.Pipeline;

public sealed record MigrationResult(Guid RunId, Reconciliation Reconciliation, QualityReport Report, string RejectsPath, string ReportJsonPath, string ReportHtmlPath, long ResumedAfterRow, TimeSpan Elapsed)
{
    /// <summary>Time in binary COPY to staging and in merges (overlapping each other and validation); zero in a dry run.</summary>
    public (TimeSpan Copy, TimeSpan Merge) LoadTimings { get; init; }

    public IReadOnlyList<double> MergeSecondsPerBatch { get; init; } = [];
}
