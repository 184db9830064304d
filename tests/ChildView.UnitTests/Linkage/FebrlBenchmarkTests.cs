using ChildView.Linkage;
using ChildView.Linkage.Evaluation;

namespace ChildView.UnitTests.Linkage;

/// <summary>
/// The benchmark as a regression test: unsupervised model, label-free threshold, scored against
/// FEBRL's truth. Floors sit a little under what the engine achieves, so a real regression fails.
/// Twin and generation guards off, as in the benchmark: FEBRL's duplicates are generated twin-shaped, and its
/// blanked or replaced dates of birth look like a namesake parent.
/// </summary>
public sealed class FebrlBenchmarkTests
{
    private static readonly LinkageOptions BenchmarkOptions = new() { GuardTwins = false, GuardGenerations = false };

    [Fact]
    public void Febrl4_link_f1_at_least_0_9975()
    {
        var (left, right) = (Febrl.Read("dataset4a.csv"), Febrl.Read("dataset4b.csv"));
        var result = new LinkageEngine(BenchmarkOptions).Link(left, right);
        var score = PairwiseScore.Of(result.Matches.Select(p => (p.LeftId, p.RightId)), FebrlGroundTruth.LinkPairs(left, right));
        Assert.True(score.F1 >= 0.9975, $"FEBRL4 {score}");
    }

    [Theory]
    [InlineData("dataset1.csv", 0.998)]
    [InlineData("dataset2.csv", 0.995)]
    [InlineData("dataset3.csv", 0.994)]
    public void Febrl_dedupe_f1_floor(string file, double floor)
    {
        var records = Febrl.Read(file);
        var result = new LinkageEngine(BenchmarkOptions).Dedupe(records);
        var score = PairwiseScore.Of(result.Matches.Select(p => (p.LeftId, p.RightId)), FebrlGroundTruth.DedupePairs(records));
        Assert.True(score.F1 >= floor, $"{file} {score}");
    }

    [Fact]
    public void Unsupervised_training_learns_sensible_m_and_u()
    {
        var result = new LinkageEngine(BenchmarkOptions).Link(Febrl.Read("dataset4a.csv"), Febrl.Read("dataset4b.csv"));
        var model = result.Model;
        var dob = model.Comparisons.ToList().FindIndex(c => c.Name == "date_of_birth");

        // The README says 89.4 % of FEBRL4's true pairs agree on date of birth; random pairs almost never do.
        Assert.InRange(model.M[dob][0], 0.85, 0.95);
        Assert.InRange(model.U[dob][0], 0, 0.001);
        Assert.True(model.M[dob][^1] < model.U[dob][^1], "disagreement must be likelier among non-matches");
        // 5,000 true pairs among 25,000,000.
        Assert.InRange(model.Lambda, 0.00015, 0.00025);
    }

    [Fact]
    public void Blocking_keeps_nearly_every_true_pair()
    {
        var (left, right) = (Febrl.Read("dataset4a.csv"), Febrl.Read("dataset4b.csv"));
        var result = new LinkageEngine(BenchmarkOptions).Link(left, right);
        var blocked = PairwiseScore.Of(result.Pairs.Select(p => (p.LeftId, p.RightId)), FebrlGroundTruth.LinkPairs(left, right));
        Assert.True(blocked.Recall >= 0.999, $"blocking recall {blocked.Recall}");
    }
}
