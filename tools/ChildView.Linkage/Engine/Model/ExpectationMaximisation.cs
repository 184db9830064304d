namespace ChildView.Linkage.Model;

/// <summary>
/// Unsupervised estimation of m-probabilities and the match share λ over a set of comparison
/// vectors, holding u fixed (u comes from random pairs, which is more reliable than EM's guess).
/// Comparisons not in <c>active</c> are left out entirely — used for fields a blocking rule
/// forced to agree, which would otherwise look like overwhelming evidence.
/// </summary>
public sealed class ExpectationMaximisation(int maxIterations = 50, double tolerance = 1e-5)
{
    /// <param name="LogLikelihood">Of the pairs under the fitted mixture: restarts keep the highest.</param>
    public sealed record Result(double[][] M, double Lambda, int Iterations, double LogLikelihood);

    /// <param name="weights">How many pairs each entry of <paramref name="pairs"/> stands for (null: one each) —
    /// so identical comparison vectors can be run once with their count.</param>
    public Result Run(ComparisonVectors vectors, IReadOnlyList<int> pairs, double[][] initialM, double[][] u, bool[] active, double initialLambda,
        IReadOnlyList<double>? weights = null)
    {
        var m = initialM.Select(row => (double[])row.Clone()).ToArray();
        var lambda = initialLambda;
        var iterations = 0;
        while (iterations++ < maxIterations)
        {
            var matchCounts = m.Select(row => new double[row.Length]).ToArray();
            var expectedMatches = 0.0;
            for (var p = 0; p < pairs.Count; p++)
            {
                var levels = vectors.For(pairs[p]);
                var posterior = Posterior(levels, m, u, active, lambda) * (weights?[p] ?? 1.0);
                expectedMatches += posterior;
                for (var c = 0; c < levels.Length; c++)
                {
                    if (active[c] && levels[c] != ComparisonVectors.Missing)
                        matchCounts[c][levels[c]] += posterior;
                }
            }

            var change = 0.0;
            for (var c = 0; c < m.Length; c++)
            {
                var total = matchCounts[c].Sum();
                if (!active[c] || total <= 0)
                    continue;
                for (var l = 0; l < m[c].Length; l++)
                {
                    // One pseudo-match spread over the levels: a level no match showed in this
                    // sample gets a small m rather than zero (zero would make its weight −∞).
                    var updated = (matchCounts[c][l] + 1.0 / m[c].Length) / (total + 1);
                    change = Math.Max(change, Math.Abs(updated - m[c][l]));
                    m[c][l] = updated;
                }
            }
            var newLambda = Math.Clamp(expectedMatches / Math.Max(TotalWeight(pairs, weights), 1), 1e-9, 1 - 1e-9);
            change = Math.Max(change, Math.Abs(newLambda - lambda));
            lambda = newLambda;
            if (change < tolerance)
                break;
        }
        return new Result(m, lambda, iterations, LogLikelihood(vectors, pairs, m, u, active, lambda, weights));
    }

    /// <summary>E-step only, λ updated with m and u fixed: the match share of a pair set under a trained model.</summary>
    public double EstimateLambda(ComparisonVectors vectors, IReadOnlyList<int> pairs, double[][] m, double[][] u, double initialLambda,
        IReadOnlyList<double>? weights = null)
    {
        var active = Enumerable.Repeat(true, m.Length).ToArray();
        var lambda = initialLambda;
        for (var i = 0; i < maxIterations; i++)
        {
            var expected = 0.0;
            for (var p = 0; p < pairs.Count; p++)
                expected += Posterior(vectors.For(pairs[p]), m, u, active, lambda) * (weights?[p] ?? 1.0);
            var updated = Math.Clamp(expected / Math.Max(TotalWeight(pairs, weights), 1), 1e-9, 1 - 1e-9);
            var converged = Math.Abs(updated - lambda) < tolerance * lambda;
            lambda = updated;
            if (converged)
                break;
        }
        return lambda;
    }

    private static double TotalWeight(IReadOnlyList<int> pairs, IReadOnlyList<double>? weights)
    {
        if (weights is null)
            return pairs.Count;
        var total = 0.0;
        for (var p = 0; p < pairs.Count; p++)
            total += weights[p];
        return total;
    }

    private static double LogLikelihood(ComparisonVectors vectors, IReadOnlyList<int> pairs, double[][] m, double[][] u, bool[] active, double lambda,
        IReadOnlyList<double>? weights)
    {
        var total = 0.0;
        for (var p = 0; p < pairs.Count; p++)
        {
            var levels = vectors.For(pairs[p]);
            var (logMatch, logNonMatch) = (Math.Log(lambda), Math.Log(1 - lambda));
            for (var c = 0; c < levels.Length; c++)
            {
                if (!active[c] || levels[c] == ComparisonVectors.Missing)
                    continue;
                logMatch += Math.Log(Math.Max(m[c][levels[c]], 1e-9));
                logNonMatch += Math.Log(Math.Max(u[c][levels[c]], 1e-9));
            }
            var larger = Math.Max(logMatch, logNonMatch);
            total += (weights?[p] ?? 1.0) * (larger + Math.Log(Math.Exp(logMatch - larger) + Math.Exp(logNonMatch - larger)));
        }
        return total;
    }

    public static double Posterior(ReadOnlySpan<byte> levels, double[][] m, double[][] u, bool[] active, double lambda)
    {
        // Likelihood ratio in log space: a dozen small probabilities multiplied can underflow.
        var logRatio = Math.Log(lambda / (1 - lambda));
        for (var c = 0; c < levels.Length; c++)
        {
            var level = levels[c];
            if (!active[c] || level == ComparisonVectors.Missing)
                continue;
            logRatio += Math.Log(Math.Max(m[c][level], 1e-9)) - Math.Log(Math.Max(u[c][level], 1e-9));
        }
        return 1 / (1 + Math.Exp(-logRatio));
    }
}
