using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Decision;

/// <summary>
/// Twins share surname, address and date of birth — most of the evidence — and differ only in given
/// name (and strong id). The model's independence assumption then over-scores them, so a pair in
/// that shape is never auto-matched: at most "possible" — even when its strong id agrees, if the given
/// names are two names (a twin's NHS number copied onto the other twin's record). The date of
/// birth counts as shared when it is one slip from equal (a part missing or mistyped, day and month
/// swapped): twins' records carry the same errors as anyone's. Names held the other way round in one
/// record are read back first. Clearly different given names make twins (<see cref="GivenNames"/>); so do
/// alike ones (an initial, a nickname, Laura and Lauren) when the two records hold different valid NHS
/// numbers or different sexes — only the same name spelt the same or nearly is then one child.
/// A known different address is no twin either; an unknown one might be.
/// </summary>
public sealed class TwinGuard(IReadOnlyList<IComparison> comparisons)
{
    /// <summary>Shorter names one slip apart are often real, different names (Eva and Ava).</summary>
    public const int ShortestTypoableName = GivenNames.ShortestTypoableName;

    private readonly int given = ComparisonSet.IndexOf(comparisons, c => c is NameComparison { Fields: PersonField.GivenName });
    private readonly int surname = ComparisonSet.IndexOf(comparisons, c => c is NameComparison { Fields: PersonField.Surname });
    private readonly int dob = ComparisonSet.IndexOf(comparisons, c => c is DateOfBirthComparison);
    private readonly int location = ComparisonSet.IndexOf(comparisons, c => c is LocationComparison);
    private readonly int strongId = ComparisonSet.IndexOf(comparisons, c => c is StrongIdComparison);
    private readonly int sex = ComparisonSet.IndexOf(comparisons, c => c is SexComparison);

    public bool LooksLikeTwins(ReadOnlySpan<byte> levels, PersonRecord a, PersonRecord b)
    {
        if (given < 0 || surname < 0 || dob < 0)
            return false;
        var surnameAgrees = levels[surname] is <= NameComparison.Similar or NameComparison.Swapped;
        var sameBirthday = levels[dob] is DateOfBirthComparison.Exact or DateOfBirthComparison.DayMonthSwapped
            or DateOfBirthComparison.OnePartMissing or DateOfBirthComparison.OnePartDifferent;
        var sameAddress = location < 0 || levels[location] is ComparisonVectors.Missing
            or LocationComparison.PostcodeAndStreet or LocationComparison.PostcodeOnly or LocationComparison.StreetOnly;
        if (!surnameAgrees || !sameBirthday || !sameAddress)
            return false;
        var (givenA, givenB) = GivenNames.Aligned(a, b);
        if (GivenNames.ClearlyDiffer(givenA, givenB))
            return true;
        if (strongId >= 0 && levels[strongId] is StrongIdComparison.Exact or StrongIdComparison.OneEdit)
            return false;
        // Two valid NHS numbers, or a boy and a girl: two children unless the names are one name.
        var idsDiffer = strongId >= 0 && levels[strongId] == StrongIdComparison.Different;
        var sexesDiffer = sex >= 0 && levels[sex] == SexComparison.Different;
        return (idsDiffer || sexesDiffer) && NameComparison.Level(givenA, givenB) is not (NameComparison.Exact or NameComparison.Close);
    }

    public MatchDecision Apply(MatchDecision decision, ReadOnlySpan<byte> levels, PersonRecord a, PersonRecord b) =>
        decision == MatchDecision.Match && LooksLikeTwins(levels, a, b) ? MatchDecision.Possible : decision;
}
