namespace ChildView.Migration.Pipeline;

/// <summary>
/// The figures that must add up for every source: every row read was either loaded or rejected. In a dry run
/// nothing is loaded, so the valid rows stand in for the loaded ones.
/// </summary>
/// <remarks>
/// A loaded row either inserted a record, updated one, left it unchanged (same content), or was kept out: its
/// record had been changed in ChildView since the migration wrote it, so the legacy value does not overwrite it.
/// </remarks>
public sealed record Reconciliation(long RowsRead, long Valid, long Loaded, long Rejected, long Inserted, long Updated, long KeysInTarget, bool DryRun, long Kept = 0)
{
    public long Unchanged => Math.Max(0, Loaded - Inserted - Updated - Kept);

    public bool Balanced => RowsRead == (DryRun ? Valid : Loaded) + Rejected;

    public string Statement => DryRun
        ? $"valid {Valid:N0} + rejected {Rejected:N0} = {Valid + Rejected:N0} of {RowsRead:N0} rows read"
        : $"loaded {Loaded:N0} + rejected {Rejected:N0} = {Loaded + Rejected:N0} of {RowsRead:N0} rows read";
}
