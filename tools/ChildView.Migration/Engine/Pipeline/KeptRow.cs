namespace ChildView.Migration.Pipeline;

/// <summary>A valid legacy row not applied: its record was changed in ChildView since the migration wrote it.</summary>
public sealed record KeptRow(long Row, string SourceKey, Guid RecordId);
