using ChildView.Linkage.Blocking;
using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Model;

/// <summary>
/// Trains a Fellegi–Sunter model without labels, the way Splink does: u from random pairs (the exact
/// level of names and date of birth from the data's own value frequencies, a floor nothing may go below);
/// m by EM run separately on each blocking rule's pairs with that rule's own fields left out, then the median of each level.
/// EM over all candidate pairs at once tends to learn "same household" instead of "same person",
/// because household members agree on surname and address as strongly as duplicates do; a rule's EM
/// solution whose match class does not look like one person on date of birth is refused.
/// </summary>
public sealed class ModelTrainer(int randomPairSamples = 200_000, int seed = 20261125)
{
    /// <summary>EM starts per blocking rule: a vague and two confident ones, at falling match shares.</summary>
    private static readonly (double Agreement, double Lambda)[] Starts = [(0.8, 0.1), (0.95, 0.01), (0.95, 0.001)];

    /// <summary>
    /// What "same person" must look like on date of birth: most matches agree exactly and nearly all
    /// within one slip. A fitted class that fails this learned "same name" or "same household" instead.
    /// </summary>
    public const double MinimumExactDobM = 0.5, MinimumNearDobM = 0.8;

    public FellegiSunterModel Train(
        IReadOnlyList<IComparison> comparisons, IReadOnlyList<BlockingRule> rules,
        IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right, bool sameList,
        IReadOnlyList<CandidatePair> pairs, ComparisonVectors vectors)
    {
        var floors = AgreementFrequencies.ExactLevel(comparisons, left, right, sameList);
        var sampledU = WithFrequencyFloors(RandomPairSampler.EstimateU(comparisons, left, right, sameList, randomPairSamples, seed), floors);
        var em = new ExpectationMaximisation();
        var possiblePairs = sameList ? (double)left.Count * (left.Count - 1) / 2 : (double)left.Count * right.Count;

        // EM sees a pair only through its comparison vector: run it over distinct vectors with counts.
        var patterns = VectorPatterns.Count(vectors, pairs, rules.Count);
        var (m, lambda) = EstimateMAndLambda(comparisons, rules, pairs.Count, patterns, sampledU, em, possiblePairs);

        // Random pairs include true matches at rate λ, which inflates u exactly at the agreement levels
        // (on small files noticeably: 1 in 5,000 random pairs is a match). Remove that share and refit.
        var u = WithoutMatches(sampledU, m, lambda, floors);
        (m, lambda) = EstimateMAndLambda(comparisons, rules, pairs.Count, patterns, u, em, possiblePairs);
        m = m.Select((row, c) => MonotoneLevels.Enforce(row, u[c])).ToArray();

        var terms = TermFrequencies.Count(comparisons, sameList ? left : left.Concat(right));
        return new FellegiSunterModel(comparisons, m, u, lambda, terms);
    }

    private static (double[][] M, double Lambda) EstimateMAndLambda(
        IReadOnlyList<IComparison> comparisons, IReadOnlyList<BlockingRule> rules, int candidateCount,
        VectorPatterns patterns, double[][] u, ExpectationMaximisation em, double possiblePairs)
    {
        var vague = comparisons.Select(c => InitialM(c.LevelNames.Count, Starts[0].Agreement)).ToArray();
        var dob = ComparisonSet.IndexOf(comparisons, c => c is DateOfBirthComparison);

        var fitted = comparisons.Select(_ => new List<double[]>()).ToArray();
        for (var r = 0; r < rules.Count; r++)
        {
            var counts = patterns.PerRule[r];
            var rulePatterns = Enumerable.Range(0, counts.Length).Where(p => counts[p] > 0).ToList();
            if (rulePatterns.Count == 0)
                continue;
            var weights = rulePatterns.Select(p => counts[p]).ToArray();
            var active = comparisons.Select(c => (c.Fields & rules[r].Fields) == 0).ToArray();
            var checkDob = dob >= 0 && active[dob] && HasEvidence(patterns.Patterns, rulePatterns, dob);
            var best = Starts
                .Select(start => em.Run(patterns.Patterns, rulePatterns, comparisons.Select(c => InitialM(c.LevelNames.Count, start.Agreement)).ToArray(),
                    u, active, start.Lambda, weights))
                .Where(result => !checkDob || LooksLikeSamePerson(result.M[dob]))
                .MaxBy(result => result.LogLikelihood);
            if (best is null)
                continue;
            for (var c = 0; c < comparisons.Count; c++)
            {
                if (!active[c] || !HasEvidence(patterns.Patterns, rulePatterns, c))
                    continue;
                fitted[c].Add(best.M[c]);
            }
        }
        var m = fitted.Select((rows, c) => rows.Count == 0 ? vague[c] : LevelwiseMedian(rows)).ToArray();

        // λ: the match share among candidates (m, u fixed) scaled to all possible pairs, because a
        // probability must be relative to the comparison space the decision is about.
        var allPatterns = Enumerable.Range(0, patterns.Total.Length).ToList();
        var candidateLambda = em.EstimateLambda(patterns.Patterns, allPatterns, m, u, initialLambda: 0.1, patterns.Total);
        var lambda = Math.Clamp(candidateLambda * candidateCount / Math.Max(possiblePairs, 1), 1e-12, 0.5);
        return (m, OverAllPairs(patterns, m, u, lambda, possiblePairs));
    }

    /// <summary>
    /// λ as the fixed point of the mixture over all pairs (candidates' posteriors under the all-pairs prior;
    /// pairs blocking never offered are non-matches). The candidates' own match share over-counts where
    /// candidates are mostly namesakes: at the candidates' higher prior a namesake looks half a match.
    /// </summary>
    private static double OverAllPairs(VectorPatterns patterns, double[][] m, double[][] u, double lambda, double possiblePairs)
    {
        var active = Enumerable.Repeat(true, m.Length).ToArray();
        for (var i = 0; i < 100; i++)
        {
            var expected = 0.0;
            for (var p = 0; p < patterns.Total.Length; p++)
                expected += patterns.Total[p] * ExpectationMaximisation.Posterior(patterns.Patterns.For(p), m, u, active, lambda);
            var updated = Math.Clamp(expected / Math.Max(possiblePairs, 1), 1e-12, 0.5);
            var converged = Math.Abs(updated - lambda) < 1e-4 * lambda;
            lambda = updated;
            if (converged)
                break;
        }
        return lambda;
    }

    /// <summary>
    /// Each level's median over the rules' fits, renormalised. A mean lets one rule whose blocks are households
    /// (surname and address) carry its siblings into every rule's "same person": m(under ten years apart) 0.055
    /// there against 0.008 in the others.
    /// </summary>
    private static double[] LevelwiseMedian(List<double[]> rows)
    {
        var median = Enumerable.Range(0, rows[0].Length).Select(l =>
        {
            var sorted = rows.Select(row => row[l]).Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }).ToArray();
        var total = median.Sum();
        return median.Select(v => v / total).ToArray();
    }

    private static bool LooksLikeSamePerson(double[] dobM) =>
        dobM[DateOfBirthComparison.Exact] >= MinimumExactDobM && dobM.Take(DateOfBirthComparison.OnePartDifferent + 1).Sum() >= MinimumNearDobM;

    /// <summary>
    /// The exact level's u is the data's own agreement frequency (a sample of 200,000 pairs sees an exact
    /// date of birth about ten times); the other levels keep their sampled shares of the rest.
    /// </summary>
    private static double[][] WithFrequencyFloors(double[][] sampledU, double?[] floors) =>
        sampledU.Select((row, c) =>
        {
            if (floors[c] is not { } exact || exact <= 0 || exact >= 1)
                return row;
            var scale = (1 - exact) / (1 - row[0]);
            return row.Select((u, l) => l == 0 ? exact : u * scale).ToArray();
        }).ToArray();

    /// <summary>
    /// u = (u_sampled − λ·m) / (1 − λ): the level distribution among non-matches only. Bounded below by
    /// what the data supports — the exact level's frequency floor, and half the sampled value elsewhere —
    /// so the correction refines u but can never drive it towards zero (an unbounded weight).
    /// </summary>
    private static double[][] WithoutMatches(double[][] sampledU, double[][] m, double lambda, double?[] floors) =>
        sampledU.Select((row, c) =>
        {
            var corrected = row.Select((u, l) => Math.Max((u - lambda * m[c][l]) / (1 - lambda), l == 0 && floors[c] is { } floor ? floor : u * 0.5)).ToArray();
            var total = corrected.Sum();
            return corrected.Select(x => x / total).ToArray();
        }).ToArray();

    /// <summary>A start for EM: matches agree with probability <paramref name="agreement"/>, the rest spread over the other levels.</summary>
    private static double[] InitialM(int levels, double agreement)
    {
        var m = new double[levels];
        m[0] = agreement;
        for (var l = 1; l < levels; l++)
            m[l] = (1 - agreement) / (levels - 1);
        return m;
    }

    private static bool HasEvidence(ComparisonVectors vectors, List<int> pairs, int comparison) =>
        pairs.Any(p => vectors.For(p)[comparison] != ComparisonVectors.Missing);
}
