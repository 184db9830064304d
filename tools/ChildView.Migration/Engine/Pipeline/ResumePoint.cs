namespace ChildView.Migration.Pipeline;

/// <summary>
/// What unfinished runs of the same file already committed: the row ranges of their batches and the figures
/// those batches added. A resumed run skips rows inside the ranges and adds its own figures to these.
/// </summary>
public sealed class ResumePoint(IReadOnlyList<(long FirstRow, long LastRow)> ranges, long rows, long inserted, long updated, long kept = 0)
{
    private readonly (long FirstRow, long LastRow)[] _ranges = [.. ranges.OrderBy(r => r.FirstRow)];
    private int _at;

    public static ResumePoint None => new([], 0, 0, 0);

    /// <summary>Valid rows the earlier runs loaded.</summary>
    public long Rows => rows;

    public long Inserted => inserted;

    public long Updated => updated;

    public long Kept => kept;

    /// <summary>The furthest row an earlier run loaded (0 for a fresh run).</summary>
    public long LastRow => _ranges.Length == 0 ? 0 : _ranges.Max(r => r.LastRow);

    /// <summary>Whether an earlier run loaded this row. Rows must be asked about in increasing order.</summary>
    public bool Covers(long row)
    {
        while (_at < _ranges.Length && _ranges[_at].LastRow < row)
            _at++;
        return _at < _ranges.Length && _ranges[_at].FirstRow <= row;
    }
}
