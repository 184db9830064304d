namespace ChildView.Migration.Pipeline;

/// <summary>
/// How many rows the next batch takes. Loading overlaps validation, so the database waits for the first batch
/// to fill and the run waits for the last one to load: the first batches are small and double up to the full
/// size, and once the rest of the file looks smaller than two full batches they halve again, down to the
/// smallest size. In between, full batches pay their transactions seldom.
/// </summary>
public sealed class BatchSizer(int fullRows, int smallestRows = BatchSizer.DefaultSmallestRows)
{
    public const int DefaultSmallestRows = 4_000;

    private int _rampUp = Math.Min(smallestRows, fullRows);

    /// <param name="rowsRead">Rows read so far.</param>
    /// <param name="position">Bytes of the input read so far (0 when the reader cannot tell).</param>
    /// <param name="length">The input's length in bytes (0 when unknown).</param>
    public int NextBatchRows(long rowsRead, long position, long length)
    {
        var rows = _rampUp;
        _rampUp = Math.Min(fullRows, _rampUp * 2);
        if (length > 0 && position > 0 && rowsRead > 0)
        {
            var rowsLeft = (long)((length - position) * (rowsRead / (double)position));
            rows = (int)Math.Min(rows, Math.Max(rowsLeft / 2, Math.Min(smallestRows, fullRows)));
        }

        return Math.Max(1, rows);
    }
}
