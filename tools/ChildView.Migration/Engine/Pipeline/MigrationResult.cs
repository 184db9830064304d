using ChildView.Migration.Quality;

namespace ChildView.Migration.Pipeline;

public sealed record MigrationResult(Guid RunId, Reconciliation Reconciliation, QualityReport Report, string RejectsPath, string ReportJsonPath, string ReportHtmlPath, long RowsLoadedBefore, TimeSpan Elapsed)
{
    /// <summary>Where the load's time went (it overlaps validation of the next batch).</summary>
    public LoadTimings LoadTimings { get; init; }

    /// <summary>The rows this run kept out (row, source key, record id), because ChildView changed their record since the migration wrote it; written even when empty.</summary>
    public string? KeptPath { get; init; }
}
