using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Model;

/// <summary>
/// Fellegi–Sunter parameters: for each comparison and level, m = P(level | same person) and
/// u = P(level | different people); λ = prior probability that a random pair is a match.
/// A pair's match weight is log2(λ/(1−λ)) + Σ log2(m/u); missing comparisons add 0.
/// </summary>
public sealed class FellegiSunterModel
{
    // Probabilities are clamped so a level never seen in training cannot yield ±∞ weight.
    private const double Floor = 1e-6;

    public FellegiSunterModel(IReadOnlyList<IComparison> comparisons, double[][] m, double[][] u, double lambda, TermFrequencies? termFrequencies = null)
    {
        Comparisons = comparisons;
        M = m;
        U = u;
        Lambda = lambda;
        TermFrequencies = termFrequencies;
    }

    public IReadOnlyList<IComparison> Comparisons { get; }

    public double[][] M { get; }

    public double[][] U { get; }

    public double Lambda { get; }

    public TermFrequencies? TermFrequencies { get; }

    public double PriorWeight => Math.Log2(Lambda / (1 - Lambda));

    public double LevelWeight(int comparison, int level) =>
        Math.Log2(Math.Max(M[comparison][level], Floor) / Math.Max(U[comparison][level], Floor));

    /// <summary>
    /// Match weight of one pair. At the exact level of a term-frequency comparison, u is replaced by
    /// how common the shared value is, so rare values weigh more than common ones.
    /// </summary>
    public double MatchWeight(ReadOnlySpan<byte> levels, PersonRecord a, PersonRecord b)
    {
        var weight = PriorWeight;
        for (var c = 0; c < levels.Length; c++)
        {
            var level = levels[c];
            if (level == ComparisonVectors.Missing)
                continue;
            if (level == 0 && TermFrequencies is { } tf && Comparisons[c] is ITermFrequencyComparison termed && termed.Term(a) is { } term)
                weight += Math.Log2(Math.Max(M[c][0], Floor) / TermU(tf, c, termed, term));
            else
                weight += LevelWeight(c, level);
        }
        return weight;
    }

    // A value that may only weigh less (a defaulted 1 January) is judged by the other records that hold it.
    private double TermU(TermFrequencies tf, int comparison, ITermFrequencyComparison termed, string term) => termed.RareValuesWeighMore
        ? tf.Frequency(comparison, term, U[comparison][0])
        : Math.Max(tf.FrequencyAmongOthers(comparison, term, U[comparison][0]), U[comparison][0]);

    public static double Probability(double matchWeight) => 1 / (1 + Math.Pow(2, -matchWeight));

    public override string ToString()
    {
        var lines = new List<string> { $"lambda={Lambda:G4} prior_weight={PriorWeight:F2}" };
        for (var c = 0; c < Comparisons.Count; c++)
        {
            var levels = Comparisons[c].LevelNames.Select((name, l) => $"{name}: m={M[c][l]:F3} u={U[c][l]:G3} w={LevelWeight(c, l):F1}");
            lines.Add($"  {Comparisons[c].Name}: {string.Join("; ", levels)}");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
