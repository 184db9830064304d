using System.Runtime.InteropServices;
using ChildView.Migration.Validation;

namespace ChildView.Migration.Pipeline;

/// <summary>Counts kept while rows stream past: rows read, valid, rejected, and rejections by (field, reason).</summary>
public sealed class SourceStatistics
{
    private long _rowsRead;
    private long _valid;
    private long _rejected;

    public long RowsRead => Interlocked.Read(ref _rowsRead);

    public long Valid => Interlocked.Read(ref _valid);

    public long Rejected => Interlocked.Read(ref _rejected);

    public Dictionary<(string Field, string Reason), long> Reasons { get; } = [];

    public void Count(RowOutcome outcome)
    {
        Interlocked.Increment(ref _rowsRead);
        if (outcome.IsValid)
        {
            Interlocked.Increment(ref _valid);
            return;
        }

        Interlocked.Increment(ref _rejected);
        foreach (var rejection in outcome.Rejections)
            CollectionsMarshal.GetValueRefOrAddDefault(Reasons, (rejection.Field, rejection.Reason), out _)++; // one look-up per rejection
    }
}
