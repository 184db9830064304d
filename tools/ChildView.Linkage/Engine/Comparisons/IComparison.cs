using ChildView.Linkage.Records;

namespace ChildView.Linkage.Comparisons;

/// <summary>
/// One piece of evidence: compares a field (or correlated group of fields) of two records and
/// returns a level — 0 is the strongest agreement, the last level is disagreement, and
/// <see cref="Missing"/> means "no evidence" (weight 0).
/// </summary>
public interface IComparison
{
    const int Missing = -1;

    string Name { get; }

    IReadOnlyList<string> LevelNames { get; }

    PersonField Fields { get; }

    int Compare(PersonRecord a, PersonRecord b);
}

/// <summary>
/// A comparison whose exact-agreement level should weigh more for rare values (term-frequency
/// adjustment): two records agreeing on "zabrowski" is stronger evidence than agreeing on "smith".
/// </summary>
public interface ITermFrequencyComparison : IComparison
{
    string? Term(PersonRecord record);

    /// <summary>
    /// False when a value's own count cannot show it is rare (dates of birth: nearly uniform, and each
    /// seen only a few times): then the frequency may lower the exact level's weight but never raise it.
    /// </summary>
    bool RareValuesWeighMore => true;
}
