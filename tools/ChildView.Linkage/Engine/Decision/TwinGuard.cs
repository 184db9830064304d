using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;
using ChildView.Linkage.Similarity;

namespace ChildView.Linkage.Decision;

/// <summary>
/// Twins share surname, address and date of birth — most of the evidence — and differ only in given
/// name (and strong id). The model's independence assumption then over-scores them, so a pair in
/// that exact shape is never auto-matched: at most "possible", unless its strong id agrees.
/// Only clearly different given names make twins: a typo (one keying slip in a name of four letters or
/// more), a close spelling (Jaro–Winkler ≥ 0.88), an initial or a nickname is the same child mistyped.
/// A known different address is no twin either; an unknown one might be.
/// </summary>
public sealed class TwinGuard(IReadOnlyList<IComparison> comparisons)
{
    /// <summary>Shorter names one slip apart are often real, different names (Eva and Ava).</summary>
    public const int ShortestTypoableName = 4;

    private readonly int given = ComparisonSet.IndexOf(comparisons, c => c is NameComparison { Fields: PersonField.GivenName });
    private readonly int surname = ComparisonSet.IndexOf(comparisons, c => c is NameComparison { Fields: PersonField.Surname });
    private readonly int dob = ComparisonSet.IndexOf(comparisons, c => c is DateOfBirthComparison);
    private readonly int location = ComparisonSet.IndexOf(comparisons, c => c is LocationComparison);
    private readonly int strongId = ComparisonSet.IndexOf(comparisons, c => c is StrongIdComparison);

    public bool LooksLikeTwins(ReadOnlySpan<byte> levels, PersonRecord a, PersonRecord b)
    {
        if (given < 0 || surname < 0 || dob < 0)
            return false;
        var surnameAgrees = levels[surname] <= NameComparison.Similar;
        var sameBirthday = levels[dob] == DateOfBirthComparison.Exact;
        var sameAddress = location < 0 || levels[location] is ComparisonVectors.Missing
            or LocationComparison.PostcodeAndStreet or LocationComparison.PostcodeOnly or LocationComparison.StreetOnly;
        var idsAgree = strongId >= 0 && levels[strongId] is StrongIdComparison.Exact or StrongIdComparison.OneEdit;
        return surnameAgrees && sameBirthday && sameAddress && !idsAgree && GivenNamesClearlyDiffer(levels[given], a.GivenName, b.GivenName);
    }

    public MatchDecision Apply(MatchDecision decision, ReadOnlySpan<byte> levels, PersonRecord a, PersonRecord b) =>
        decision == MatchDecision.Match && LooksLikeTwins(levels, a, b) ? MatchDecision.Possible : decision;

    private static bool GivenNamesClearlyDiffer(byte level, string? a, string? b) =>
        level == NameComparison.Different && a is not null && b is not null
        && !(Math.Min(a.Length, b.Length) >= ShortestTypoableName && EditDistance.WithinOneEdit(a, b));
}
