using ChildView.Migration.Validation;

namespace ChildView.Migration.Pipeline;

/// <summary>The valid rows among one stretch of rows read, ending at <see cref="LastRow"/> (the checkpoint once committed).</summary>
public sealed record ValidatedBatch(int Number, long LastRow, IReadOnlyList<MigrationRecord> Records);
