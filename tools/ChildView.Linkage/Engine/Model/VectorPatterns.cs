using ChildView.Linkage.Blocking;

namespace ChildView.Linkage.Model;

/// <summary>
/// The distinct comparison vectors among the candidates, with how many candidates (in all, and per
/// blocking rule) have each. EM's E- and M-steps depend on a pair only through its vector, so running
/// them over distinct vectors weighted by count is exact — and with a handful of comparisons there are
/// at most a few thousand distinct vectors however many millions of candidates there are.
/// </summary>
public sealed class VectorPatterns
{
    private VectorPatterns(ComparisonVectors patterns, double[] total, double[][] perRule)
    {
        Patterns = patterns;
        Total = total;
        PerRule = perRule;
    }

    /// <summary>One row per distinct vector, in order of first appearance among the candidates.</summary>
    public ComparisonVectors Patterns { get; }

    /// <summary>Candidates per distinct vector.</summary>
    public double[] Total { get; }

    /// <summary>Candidates per distinct vector that each blocking rule found.</summary>
    public double[][] PerRule { get; }

    public static VectorPatterns Count(ComparisonVectors vectors, IReadOnlyList<CandidatePair> pairs, int ruleCount)
    {
        var k = vectors.ComparisonCount;
        if (k > 8)
            throw new NotSupportedException("vector patterns pack at most 8 comparisons");
        var ids = new Dictionary<long, int>();
        var rows = new List<byte>();
        var total = new List<double>();
        var perRule = Enumerable.Range(0, ruleCount).Select(_ => new List<double>()).ToArray();
        for (var p = 0; p < pairs.Count; p++)
        {
            var levels = vectors.For(p);
            var key = 0L;
            for (var c = 0; c < k; c++)
                key = (key << 8) | levels[c];
            if (!ids.TryGetValue(key, out var id))
            {
                ids[key] = id = total.Count;
                foreach (var level in levels)
                    rows.Add(level);
                total.Add(0);
                foreach (var list in perRule)
                    list.Add(0);
            }
            total[id]++;
            var mask = pairs[p].RuleMask;
            for (var r = 0; r < ruleCount; r++)
            {
                if ((mask & (1 << r)) != 0)
                    perRule[r][id]++;
            }
        }
        return new VectorPatterns(new ComparisonVectors(k, rows.ToArray()), total.ToArray(), perRule.Select(l => l.ToArray()).ToArray());
    }
}
