namespace ChildView.Migration.Loading.Postgres;

/// <summary>How far a source's last run got: every row up to <see cref="LastRow"/> is committed.</summary>
public sealed record Checkpoint(Guid RunId, string FileSha256, int BatchNumber, long LastRow, long Inserted, long Updated, bool Completed);
