using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Model;

namespace ChildView.Linkage.Decision;

/// <summary>
/// Twins share surname, address and date of birth — most of the evidence — and differ only in given
/// name (and strong id). The model's independence assumption then over-scores them, so a pair in
/// that exact shape is never auto-matched: at most "possible", unless its strong id agrees.
/// </summary>
public sealed class TwinGuard(IReadOnlyList<IComparison> comparisons)
{
    private readonly int given = ComparisonSet.IndexOf(comparisons, c => c is NameComparison { Fields: PersonField.GivenName });
    private readonly int surname = ComparisonSet.IndexOf(comparisons, c => c is NameComparison { Fields: PersonField.Surname });
    private readonly int dob = ComparisonSet.IndexOf(comparisons, c => c is DateOfBirthComparison);
    private readonly int strongId = ComparisonSet.IndexOf(comparisons, c => c is StrongIdComparison);

    public bool LooksLikeTwins(ReadOnlySpan<byte> levels)
    {
        if (given < 0 || surname < 0 || dob < 0)
            return false;
        var givenDisagrees = levels[given] == comparisons[given].LevelNames.Count - 1;
        var surnameAgrees = levels[surname] <= 2;
        var sameBirthday = levels[dob] == DateOfBirthComparison.Exact;
        var idsAgree = strongId >= 0 && levels[strongId] is StrongIdComparison.Exact or StrongIdComparison.OneEdit;
        return givenDisagrees && surnameAgrees && sameBirthday && !idsAgree;
    }

    public MatchDecision Apply(MatchDecision decision, ReadOnlySpan<byte> levels) =>
        decision == MatchDecision.Match && LooksLikeTwins(levels) ? MatchDecision.Possible : decision;
}
