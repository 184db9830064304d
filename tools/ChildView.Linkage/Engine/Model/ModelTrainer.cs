using ChildView.Linkage.Blocking;
using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Model;

/// <summary>
/// Trains a Fellegi–Sunter model without labels, the way Splink does: u from random pairs; m by EM
/// run separately on each blocking rule's pairs with that rule's own fields left out, then averaged.
/// EM over all candidate pairs at once tends to learn "same household" instead of "same person",
/// because household members agree on surname and address as strongly as duplicates do.
/// </summary>
public sealed class ModelTrainer(int randomPairSamples = 200_000, int seed = 20261125)
{
    public FellegiSunterModel Train(
        IReadOnlyList<IComparison> comparisons, IReadOnlyList<BlockingRule> rules,
        IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right, bool sameList,
        IReadOnlyList<CandidatePair> pairs, ComparisonVectors vectors)
    {
        var sampledU = RandomPairSampler.EstimateU(comparisons, left, right, sameList, randomPairSamples, seed);
        var em = new ExpectationMaximisation();
        var possiblePairs = sameList ? (double)left.Count * (left.Count - 1) / 2 : (double)left.Count * right.Count;

        // EM sees a pair only through its comparison vector: run it over distinct vectors with counts.
        var patterns = VectorPatterns.Count(vectors, pairs, rules.Count);
        var (m, lambda) = EstimateMAndLambda(comparisons, rules, pairs.Count, patterns, sampledU, em, possiblePairs);

        // Random pairs include true matches at rate λ, which inflates u exactly at the agreement levels
        // (on small files noticeably: 1 in 5,000 random pairs is a match). Remove that share and refit.
        var u = WithoutMatches(sampledU, m, lambda);
        (m, lambda) = EstimateMAndLambda(comparisons, rules, pairs.Count, patterns, u, em, possiblePairs);

        var terms = TermFrequencies.Count(comparisons, sameList ? left : left.Concat(right));
        return new FellegiSunterModel(comparisons, m, u, lambda, terms);
    }

    private static (double[][] M, double Lambda) EstimateMAndLambda(
        IReadOnlyList<IComparison> comparisons, IReadOnlyList<BlockingRule> rules, int candidateCount,
        VectorPatterns patterns, double[][] u, ExpectationMaximisation em, double possiblePairs)
    {
        var initialM = comparisons.Select(c => InitialM(c.LevelNames.Count)).ToArray();

        var sums = comparisons.Select(c => new double[c.LevelNames.Count]).ToArray();
        var sessions = new int[comparisons.Count];
        for (var r = 0; r < rules.Count; r++)
        {
            var counts = patterns.PerRule[r];
            var rulePatterns = Enumerable.Range(0, counts.Length).Where(p => counts[p] > 0).ToList();
            if (rulePatterns.Count == 0)
                continue;
            var weights = rulePatterns.Select(p => counts[p]).ToArray();
            var active = comparisons.Select(c => (c.Fields & rules[r].Fields) == 0).ToArray();
            var result = em.Run(patterns.Patterns, rulePatterns, initialM, u, active, initialLambda: 0.1, weights);
            for (var c = 0; c < comparisons.Count; c++)
            {
                if (!active[c] || !HasEvidence(patterns.Patterns, rulePatterns, c))
                    continue;
                sessions[c]++;
                for (var l = 0; l < sums[c].Length; l++)
                    sums[c][l] += result.M[c][l];
            }
        }
        var m = sums.Select((row, c) => sessions[c] == 0 ? initialM[c] : row.Select(v => v / sessions[c]).ToArray()).ToArray();

        // λ: the match share among candidates (m, u fixed) scaled to all possible pairs, because a
        // probability must be relative to the comparison space the decision is about.
        var allPatterns = Enumerable.Range(0, patterns.Total.Length).ToList();
        var candidateLambda = em.EstimateLambda(patterns.Patterns, allPatterns, m, u, initialLambda: 0.1, patterns.Total);
        var lambda = Math.Clamp(candidateLambda * candidateCount / Math.Max(possiblePairs, 1), 1e-12, 0.5);
        return (m, lambda);
    }

    /// <summary>u = (u_sampled − λ·m) / (1 − λ): the level distribution among non-matches only.</summary>
    private static double[][] WithoutMatches(double[][] sampledU, double[][] m, double lambda) =>
        sampledU.Select((row, c) =>
        {
            // Never below 1 % of the sampled value: a noisy sample must not drive u to zero (infinite weight).
            var corrected = row.Select((u, l) => Math.Max((u - lambda * m[c][l]) / (1 - lambda), u * 0.01)).ToArray();
            var total = corrected.Sum();
            return corrected.Select(x => x / total).ToArray();
        }).ToArray();

    /// <summary>A deliberately vague start: matches mostly agree, the rest spread over the other levels.</summary>
    private static double[] InitialM(int levels)
    {
        var m = new double[levels];
        m[0] = 0.8;
        for (var l = 1; l < levels; l++)
            m[l] = 0.2 / (levels - 1);
        return m;
    }

    private static bool HasEvidence(ComparisonVectors vectors, List<int> pairs, int comparison) =>
        pairs.Any(p => vectors.For(p)[comparison] != ComparisonVectors.Missing);
}
