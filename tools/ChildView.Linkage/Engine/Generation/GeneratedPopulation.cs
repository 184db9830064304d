using ChildView.Linkage.Evaluation;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Generation;

/// <summary>A generated population's records held in memory, with the truth as record-id pairs for scoring.</summary>
public sealed class GeneratedPopulation(IReadOnlyList<GeneratedRecord> records)
{
    public IReadOnlyList<GeneratedRecord> Records => records;

    public int People => records.Select(r => r.Truth.Id).Distinct().Count();

    public IReadOnlyList<GeneratedRecord> From(SourceSystem source) => [.. records.Where(r => r.Source == source)];

    public static IReadOnlyList<PersonRecord> ToPersonRecords(IReadOnlyList<GeneratedRecord> list) => [.. list.Select(r => r.ToPersonRecord())];

    /// <summary>Every pair of records in <paramref name="list"/> that are the same person (a dedupe's truth).</summary>
    public static HashSet<(string, string)> TruePairs(IReadOnlyList<GeneratedRecord> list) =>
        Evaluation.TruePairs.Within(list.GroupBy(r => r.Truth.Id).Select(g => g.Select(r => r.Id)));

    /// <summary>Every pair across the two lists that is the same person (a link's truth).</summary>
    public static HashSet<(string, string)> TrueLinks(IReadOnlyList<GeneratedRecord> left, IReadOnlyList<GeneratedRecord> right) =>
        Evaluation.TruePairs.Across(left, right, r => r.Truth.Id, r => r.Id);
}
