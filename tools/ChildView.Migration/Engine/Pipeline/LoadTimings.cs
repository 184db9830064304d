namespace ChildView.Migration.Pipeline;

/// <summary>Where a load's time went: binary COPY of new rows, and the rest of the batches' transactions (zero in a dry run).</summary>
public readonly record struct LoadTimings(TimeSpan Copy, TimeSpan Commit);
