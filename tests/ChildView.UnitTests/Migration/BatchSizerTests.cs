using ChildView.Migration.Pipeline;

namespace ChildView.UnitTests.Migration;

public sealed class BatchSizerTests
{
    [Fact]
    public void Batches_start_small_double_up_to_the_full_size_and_halve_again_towards_the_end_of_the_file()
    {
        var sizer = new BatchSizer(fullRows: 50_000, smallestRows: 4_000);
        const long bytesPerRow = 100;
        const long totalRows = 1_000_000;
        var sizes = new List<int>();
        long read = 0;
        while (read < totalRows)
        {
            var rows = (int)Math.Min(sizer.NextBatchRows(read, read * bytesPerRow, totalRows * bytesPerRow), totalRows - read);
            sizes.Add(rows);
            read += rows;
        }

        Assert.Equal([4_000, 8_000, 16_000, 32_000, 50_000], sizes.Take(5));
        Assert.Equal(totalRows, sizes.Sum(s => (long)s));
        Assert.True(sizes[^1] <= 4_000, $"the last batch has {sizes[^1]} rows");
        Assert.True(sizes.Count(s => s == 50_000) >= 15, "the middle of the file goes in full batches");
        Assert.Equal(sizes.SkipWhile(s => s < 50_000).SkipWhile(s => s == 50_000).ToList(), sizes.SkipWhile(s => s < 50_000).SkipWhile(s => s == 50_000).OrderDescending().ToList());
    }

    [Fact]
    public void Without_a_known_length_batches_only_ramp_up()
    {
        var sizer = new BatchSizer(fullRows: 10_000, smallestRows: 4_000);

        var sizes = Enumerable.Range(0, 5).Select(i => sizer.NextBatchRows(i * 10_000, 0, 0)).ToList();

        Assert.Equal([4_000, 8_000, 10_000, 10_000, 10_000], sizes);
    }

    [Fact]
    public void A_full_size_below_the_smallest_size_wins()
    {
        var sizer = new BatchSizer(fullRows: 50, smallestRows: 4_000);

        Assert.Equal([50, 50], new[] { sizer.NextBatchRows(0, 0, 1000), sizer.NextBatchRows(50, 500, 1000) });
    }
}
