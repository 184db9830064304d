namespace ChildView.Migration.Pipeline;

/// <summary>A progress snapshot: rows read and their fate so far, and how far through the file the reader is.</summary>
public readonly record struct MigrationProgress(long RowsRead, long Rejected, long Loaded, long BytesRead, long BytesTotal, int BatchesCommitted);
