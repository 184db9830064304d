namespace ChildView.Migration.Validation;

/// <summary>What validating one row produced: a record to load, or the reasons it was rejected (never both).</summary>
public readonly record struct RowOutcome(MigrationRecord? Record, IReadOnlyList<Rejection> Rejections)
{
    public bool IsValid => Record is not null;
}
