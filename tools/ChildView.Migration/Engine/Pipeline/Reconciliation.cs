namespace ChildView.Migration.Pipeline;

/// <summary>
/// The figures that must add up for every source: every row read was either loaded or rejected. In a dry run
/// nothing is loaded, so the valid rows stand in for the loaded ones.
/// </summary>
public sealed record Reconciliation(long RowsRead, long Valid, long Loaded, long Rejected, long Inserted, long Updated, long KeysInTarget, bool DryRun)
{
    public long Unchanged => Math.Max(0, Loaded - Inserted - Updated);

    public bool Balanced => RowsRead == (DryRun ? Valid : Loaded) + Rejected;

    public string Statement => DryRun
        ? $"valid {Valid:N0} + rejected {Rejected:N0} = {Valid + Rejected:N0} of {RowsRead:N0} rows read"
        : $"loaded {Loaded:N0} + rejected {Rejected:N0} = {Loaded + Rejected:N0} of {RowsRead:N0} rows read";
}
