using ChildView.Linkage.Model;

namespace ChildView.UnitTests.Linkage;

public sealed class ExpectationMaximisationTests
{
    // Three yes/no comparisons. Matches agree with m = 0.9, 0.8, 0.7; non-matches agree with u = 0.05, 0.1, 0.02.
    private static readonly double[] TrueM = [0.9, 0.8, 0.7];
    private static readonly double[] TrueU = [0.05, 0.1, 0.02];

    [Fact]
    public void Recovers_m_and_the_match_share_from_unlabelled_pairs()
    {
        const int matches = 2_000, nonMatches = 8_000;
        var random = new Random(7);
        var levels = new List<byte>();
        for (var p = 0; p < matches + nonMatches; p++)
        {
            var rates = p < matches ? TrueM : TrueU;
            foreach (var rate in rates)
                levels.Add(random.NextDouble() < rate ? (byte)0 : (byte)1);
        }
        var vectors = new ComparisonVectors(3, [.. levels]);
        var u = TrueU.Select(x => new[] { x, 1 - x }).ToArray();
        var start = Enumerable.Repeat(new[] { 0.6, 0.4 }, 3).ToArray();

        var result = new ExpectationMaximisation().Run(vectors, Enumerable.Range(0, vectors.PairCount).ToList(), start, u, [true, true, true], initialLambda: 0.5);

        for (var c = 0; c < 3; c++)
            Assert.InRange(result.M[c][0], TrueM[c] - 0.04, TrueM[c] + 0.04);
        Assert.InRange(result.Lambda, 0.18, 0.22);
    }

    [Fact]
    public void Leaves_inactive_comparisons_untouched()
    {
        var vectors = new ComparisonVectors(2, [0, 0, 0, 1, 1, 1, 1, 0]);
        var start = new[] { new[] { 0.5, 0.5 }, new[] { 0.5, 0.5 } };
        var u = new[] { new[] { 0.1, 0.9 }, new[] { 0.1, 0.9 } };

        var result = new ExpectationMaximisation().Run(vectors, [0, 1, 2, 3], start, u, [true, false], initialLambda: 0.5);

        Assert.Equal([0.5, 0.5], result.M[1]);
    }
}
