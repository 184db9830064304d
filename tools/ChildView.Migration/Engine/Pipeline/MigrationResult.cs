using ChildView.Migration.Quality;

namespace ChildView.Migration.Pipeline;

public sealed record MigrationResult(Guid RunId, Reconciliation Reconciliation, QualityReport Report, string RejectsPath, string ReportJsonPath, string ReportHtmlPath, long ResumedAfterRow, TimeSpan Elapsed);
