using ChildView.Linkage.Records;
using ChildView.Linkage.Similarity;

namespace ChildView.Linkage.Comparisons;

/// <summary>
/// Given name or surname: exact / Jaro–Winkler ≥ 0.92 or another spelling of the same name / ≥ 0.88 /
/// initial or nickname / swapped with the other name field / else. The thresholds are the ones Splink
/// and the linkage literature use for names; the swap level catches forms filled in "surname, given
/// name" order. Another spelling (<see cref="NameSpellings"/>: Zoë and Zoe, Mohammed and Muhammad)
/// counts as close: it is the same name, often far apart by Jaro–Winkler.
/// </summary>
public sealed class NameComparison(
    string name, PersonField comparedField, Func<PersonRecord, string?> value, Func<PersonRecord, string?> otherNameField, bool strictSwaps = false)
    : ITermFrequencyComparison
{
    public const double CloseThreshold = 0.92;
    public const double SimilarThreshold = 0.88;
    public const int Exact = 0, Close = 1, Similar = 2, InitialOrNickname = 3, Swapped = 4, Different = 5;

    /// <param name="strictSwaps">
    /// Count a swap only when both names crossed over. Children's names collide with surnames often
    /// ("Millie" and "Miller"), so one crossing alone is a coincidence there; in adult data sets such as
    /// FEBRL the looser rule finds more real swaps.
    /// </param>
    public static NameComparison GivenName(bool strictSwaps = false) => new("given_name", PersonField.GivenName, r => r.GivenName, r => r.Surname, strictSwaps);

    public static NameComparison Surname(bool strictSwaps = false) => new("surname", PersonField.Surname, r => r.Surname, r => r.GivenName, strictSwaps);

    public string Name => name;

    public IReadOnlyList<string> LevelNames { get; } = ["exact", "jw>=0.92", "jw>=0.88", "initial/nickname", "swapped", "else"];

    public PersonField Fields => comparedField;

    public string? Term(PersonRecord record) => value(record);

    public int Compare(PersonRecord a, PersonRecord b)
    {
        var level = Level(value(a), value(b));
        if (level != Different)
            return level;
        var crossed = IsClose(value(a), otherNameField(b));
        var crossedBack = IsClose(otherNameField(a), value(b));
        return (strictSwaps ? crossed && crossedBack : crossed || crossedBack) ? Swapped : Different;
    }

    /// <summary>The level of two values of the same name field (no swap check).</summary>
    public static int Level(string? a, string? b)
    {
        if (a is null || b is null)
            return IComparison.Missing;
        if (a == b)
            return Exact;
        var similarity = JaroWinkler.Similarity(a, b);
        if (similarity >= CloseThreshold || NameSpellings.AreVariants(a, b))
            return Close;
        if (similarity >= SimilarThreshold)
            return Similar;
        return IsInitialOf(a, b) || IsInitialOf(b, a) || Nicknames.AreVariants(a, b) ? InitialOrNickname : Different;
    }

    private static bool IsClose(string? a, string? b) =>
        a is not null && b is not null && MayReach(a, b, CloseThreshold) && JaroWinkler.Similarity(a, b) >= CloseThreshold;

    /// <summary>
    /// False when the lengths alone rule the threshold out: Jaro ≤ (m/|a| + m/|b| + 1)/3 with m ≤ the shorter
    /// length, and the prefix bonus adds at most 0.4 of the rest. Skips most swap checks (the bulk of
    /// comparisons at scale, since most candidates differ) without changing any result.
    /// </summary>
    private static bool MayReach(string a, string b, double threshold)
    {
        double shorter = Math.Min(a.Length, b.Length);
        var jaroBound = (shorter / a.Length + shorter / b.Length + 1) / 3;
        var bound = jaroBound + JaroWinkler.MaxPrefix * JaroWinkler.PrefixScale * (1 - jaroBound);
        return bound >= threshold - 1e-9;
    }

    // "j" against "james": one side holds only the initial.
    private static bool IsInitialOf(string initial, string full) => initial.Length == 1 && full[0] == initial[0];
}
