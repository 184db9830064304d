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

    /// <summary>Records counted per comparison; null where only shares are known.</summary>
    private readonly double[]? totals;

    private TermFrequencies(Dictionary<string, double>?[] byComparison, double[]? totals = null)
    {
        this.byComparison = byComparison;
        this.totals = totals;
    }

    public static TermFrequencies Count(IReadOnlyList<IComparison> comparisons, IEnumerable<PersonRecord> records)
    {
        var all = records as IReadOnlyCollection<PersonRecord> ?? records.ToList();
        var tables = new Dictionary<string, double>?[comparisons.Count];
        var totals = new double[comparisons.Count];
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
            totals[c] = total;
        }
        return new TermFrequencies(tables, totals);
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

    /// <summary>
    /// The share of the other records — all but the two being compared — that hold <paramref name="term"/>. Both
    /// compared records hold it, so their own count says nothing about how common it is: in 10,000 records a date
    /// of birth two records share has a share of at least 2/10,000, four times the average for a span of 70 years,
    /// and counting the pair itself would make every shared birthday look common. Falls back to
    /// <see cref="Frequency"/> where only shares are known.
    /// </summary>
    public double FrequencyAmongOthers(int comparison, string term, double fallback)
    {
        var frequency = Frequency(comparison, term, fallback);
        if (totals is null || totals[comparison] <= 2 || byComparison[comparison]?.ContainsKey(term) != true)
            return frequency;
        var total = totals[comparison];
        return Math.Max(frequency * total - 2, 0) / (total - 2);
    }
}
