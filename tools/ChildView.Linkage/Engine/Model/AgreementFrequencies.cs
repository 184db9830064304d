using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Model;

/// <summary>
/// The probability that two different random records agree exactly on a term-frequency comparison,
/// counted from the data's own values: Σ n_v(n_v − 1) / N(N − 1) within one list, Σ l_v·r_v / (L·R)
/// across two. For a date of birth that is ≈ 1/(365 × span of years). It includes true matches, so it
/// errs towards a lower weight — the floor under u that no sampling noise or correction may go below.
/// </summary>
public static class AgreementFrequencies
{
    /// <summary>Per comparison: the exact-level floor, or null for comparisons without terms.</summary>
    public static double?[] ExactLevel(IReadOnlyList<IComparison> comparisons, IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right, bool sameList)
    {
        var floors = new double?[comparisons.Count];
        for (var c = 0; c < comparisons.Count; c++)
        {
            if (comparisons[c] is not ITermFrequencyComparison termed)
                continue;
            var leftCounts = Count(termed, left, out var leftTotal);
            if (sameList)
            {
                var agreeing = leftCounts.Values.Sum(n => n * (n - 1));
                floors[c] = leftTotal < 2 ? null : agreeing / (leftTotal * (leftTotal - 1));
                continue;
            }
            var rightCounts = Count(termed, right, out var rightTotal);
            var across = leftCounts.Sum(pair => pair.Value * rightCounts.GetValueOrDefault(pair.Key));
            floors[c] = leftTotal == 0 || rightTotal == 0 ? null : across / (leftTotal * rightTotal);
        }
        return floors;
    }

    private static Dictionary<string, double> Count(ITermFrequencyComparison termed, IReadOnlyList<PersonRecord> records, out double total)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        total = 0;
        foreach (var record in records)
        {
            if (termed.Term(record) is not { } term)
                continue;
            counts[term] = counts.GetValueOrDefault(term) + 1;
            total++;
        }
        return counts;
    }
}
