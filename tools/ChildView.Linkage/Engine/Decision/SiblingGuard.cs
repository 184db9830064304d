using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Decision;

/// <summary>
/// Brothers and sisters share a surname and an address — evidence worth more than a date of birth — so
/// the model can link two siblings whose birthdays disagree. Children of one mother are born at least
/// about nine months apart (twins aside, <see cref="TwinGuard"/>), which a date of birth shows as two or
/// more parts different: one keying slip changes one part. In a family (surname agreeing; same or unknown
/// address) such dates are two children: with clearly different given names as well they are kept apart
/// even when the strong identifier agrees (one record carries a brother's or sister's NHS number);
/// with alike names (an initial, a nickname, a namesake) the pair goes to review unless the identifier
/// agrees. A family pair with a date missing on one side and clearly different given names (a mother
/// and a daughter, a father and a son) is kept apart too; with alike names <see cref="GenerationGuard"/>
/// decides.
/// </summary>
public sealed class SiblingGuard(IReadOnlyList<IComparison> comparisons)
{
    private readonly int surname = ComparisonSet.IndexOf(comparisons, c => c is NameComparison { Fields: PersonField.Surname });
    private readonly int dob = ComparisonSet.IndexOf(comparisons, c => c is DateOfBirthComparison);
    private readonly int location = ComparisonSet.IndexOf(comparisons, c => c is LocationComparison);
    private readonly int strongId = ComparisonSet.IndexOf(comparisons, c => c is StrongIdComparison);

    public MatchDecision Apply(MatchDecision decision, ReadOnlySpan<byte> levels, PersonRecord a, PersonRecord b)
    {
        if (decision == MatchDecision.NonMatch || !SameFamily(levels))
            return decision;
        var datesApart = levels[dob] is DateOfBirthComparison.WithinAYear or DateOfBirthComparison.Different or DateOfBirthComparison.DecadeApart;
        var dateUnknown = levels[dob] == ComparisonVectors.Missing;
        if (!datesApart && !dateUnknown)
            return decision;
        var (givenA, givenB) = GivenNames.Aligned(a, b);
        if (GivenNames.ClearlyDiffer(givenA, givenB))
            return MatchDecision.NonMatch;
        var idAgrees = strongId >= 0 && levels[strongId] == StrongIdComparison.Exact;
        return dateUnknown || idAgrees || decision == MatchDecision.Possible ? decision : MatchDecision.Possible;
    }

    private bool SameFamily(ReadOnlySpan<byte> levels) =>
        surname >= 0 && dob >= 0
        && levels[surname] is <= NameComparison.Similar or NameComparison.Swapped
        && (location < 0 || levels[location] is ComparisonVectors.Missing
            or LocationComparison.PostcodeAndStreet or LocationComparison.PostcodeOnly or LocationComparison.StreetOnly);
}
