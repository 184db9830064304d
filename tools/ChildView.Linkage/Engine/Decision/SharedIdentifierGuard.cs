using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Decision;

/// <summary>
/// A valid strong identifier is not trusted blindly: when it agrees but the dates of birth are more than a
/// year apart and the recorded sexes differ (a girl born 2012, a boy born 2022), the identifier was
/// mis-keyed or is shared — the pair goes to review, never an automatic link.
/// </summary>
public sealed class SharedIdentifierGuard(IReadOnlyList<IComparison> comparisons)
{
    private readonly int strongId = ComparisonSet.IndexOf(comparisons, c => c is StrongIdComparison);
    private readonly int dob = ComparisonSet.IndexOf(comparisons, c => c is DateOfBirthComparison);
    private readonly int sex = ComparisonSet.IndexOf(comparisons, c => c is SexComparison);

    /// <summary>Birth years this far apart are "years apart", even when day and month agree (2012-06-10, 2022-06-10).</summary>
    public const int ConflictingYears = 2;

    public bool ContradictsIdentifier(ReadOnlySpan<byte> levels, PersonRecord a, PersonRecord b) =>
        strongId >= 0 && dob >= 0 && sex >= 0
        && levels[strongId] is StrongIdComparison.Exact or StrongIdComparison.OneEdit
        && (levels[dob] is DateOfBirthComparison.Different or DateOfBirthComparison.DecadeApart
            || DateOfBirthComparison.YearsApart(a.DateOfBirth, b.DateOfBirth) >= ConflictingYears)
        && levels[sex] == SexComparison.Different;

    public MatchDecision Apply(MatchDecision decision, ReadOnlySpan<byte> levels, PersonRecord a, PersonRecord b) =>
        decision == MatchDecision.Match && ContradictsIdentifier(levels, a, b) ? MatchDecision.Possible : decision;
}
