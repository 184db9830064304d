using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Model;

/// <summary>
/// Estimates u-probabilities from random pairs: nearly all random pairs are different people, so
/// the level distribution among them is the non-match distribution. Seeded, so runs repeat exactly.
/// </summary>
public static class RandomPairSampler
{
    public static double[][] EstimateU(
        IReadOnlyList<IComparison> comparisons, IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right,
        bool sameList, int samples, int seed)
    {
        var counts = comparisons.Select(c => new double[c.LevelNames.Count]).ToArray();
        var random = new Random(seed);
        for (var s = 0; s < samples; s++)
        {
            var i = random.Next(left.Count);
            var j = random.Next(right.Count);
            if (sameList && i == j)
                continue;
            for (var c = 0; c < comparisons.Count; c++)
            {
                var level = comparisons[c].Compare(left[i], right[j]);
                if (level != IComparison.Missing)
                    counts[c][level]++;
            }
        }
        // Add-half smoothing keeps rare agreement levels (e.g. exact date of birth) above zero.
        return counts.Select(row =>
        {
            var total = row.Sum() + 0.5 * row.Length;
            return row.Select(n => (n + 0.5) / total).ToArray();
        }).ToArray();
    }
}
