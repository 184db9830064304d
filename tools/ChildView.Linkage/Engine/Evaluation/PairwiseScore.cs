namespace ChildView.Linkage.Evaluation;

/// <summary>Precision/recall/F1 over record-id pairs; true pairs never predicted (e.g. lost to blocking) count as misses.</summary>
public sealed record PairwiseScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairwiseScore Of(IEnumerable<(string, string)> predicted, IReadOnlySet<(string, string)> truth)
    {
        var found = predicted.Select(p => Ordered(p.Item1, p.Item2)).ToHashSet();
        var truePositives = found.Count(truth.Contains);
        return new PairwiseScore(truePositives, found.Count - truePositives, truth.Count - truePositives);
    }

    /// <summary>Order-free pair key, so (a,b) and (b,a) are the same pair.</summary>
    public static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
