using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Model;

/// <summary>
/// How often each value of a term-frequency comparison occurs across the input records. The
/// probability that a random pair agrees on value v, given one side holds v, is v's frequency.
/// </summary>
public sealed class TermFrequencies
{
    private readonly Dictionary<string, double>?[] byComparison;

    private TermFrequencies(Dictionary<string, double>?[] byComparison) => this.byComparison = byComparison;

    public static TermFrequencies Count(IReadOnlyList<IComparison> comparisons, IEnumerable<PersonRecord> records)
    {
        var all = records as IReadOnlyCollection<PersonRecord> ?? records.ToList();
        var tables = new Dictionary<string, double>?[comparisons.Count];
        for (var c = 0; c < comparisons.Count; c++)
        {
            if (comparisons[c] is not ITermFrequencyComparison termed)
                continue;
            var counts = new Dictionary<string, double>(StringComparer.Ordinal);
            var total = 0;
            foreach (var record in all)
            {
                if (termed.Term(record) is not { } term)
                    continue;
                counts[term] = counts.GetValueOrDefault(term) + 1;
                total++;
            }
            foreach (var term in counts.Keys)
                counts[term] /= Math.Max(total, 1);
            tables[c] = counts;
        }
        return new TermFrequencies(tables);
    }

    /// <summary>
    /// Frequencies already counted elsewhere (e.g. by a database for the one value being matched):
    /// comparison index → value → share of records holding it.
    /// </summary>
    public static TermFrequencies Of(int comparisonCount, IReadOnlyDictionary<int, Dictionary<string, double>> known) =>
        new(Enumerable.Range(0, comparisonCount).Select(c => known.TryGetValue(c, out var table) ? table : null).ToArray());

    /// <summary>Frequency of <paramref name="term"/>; the average u when the value was not counted.</summary>
    public double Frequency(int comparison, string term, double fallback) =>
        byComparison[comparison] is { } table && table.TryGetValue(term, out var frequency) ? frequency : fallback;
}
