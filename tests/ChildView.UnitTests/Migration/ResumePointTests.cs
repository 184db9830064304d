using ChildView.Migration.Pipeline;

namespace ChildView.UnitTests.Migration;

public sealed class ResumePointTests
{
    [Fact]
    public void Rows_inside_committed_ranges_are_covered_whatever_order_the_batches_committed_in()
    {
        // Batches 1 and 3 committed, batch 2 (rows 11-20) did not: parallel batches commit out of order.
        var resume = new ResumePoint([(21, 30), (2, 10)], rows: 15, inserted: 12, updated: 3);

        var covered = Enumerable.Range(1, 35).Where(row => resume.Covers(row)).ToList();

        Assert.Equal([.. Enumerable.Range(2, 9), .. Enumerable.Range(21, 10)], covered);
        Assert.Equal((15L, 12L, 3L, 30L), (resume.Rows, resume.Inserted, resume.Updated, resume.LastRow));
    }

    [Fact]
    public void A_fresh_run_covers_nothing()
    {
        var resume = ResumePoint.None;

        Assert.DoesNotContain(Enumerable.Range(1, 100), row => resume.Covers(row));
        Assert.Equal(0, resume.LastRow);
    }
}
