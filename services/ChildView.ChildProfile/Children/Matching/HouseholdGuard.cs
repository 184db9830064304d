using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Decision;

namespace ChildView.ChildProfile.Children.Matching;

/// <summary>
/// Siblings and twins share a surname and an address — most of a pair's evidence — and the model's
/// independence assumption over-scores them. A pair whose given names disagree outright is never
/// matched automatically unless a strong identifier agrees; when the pair also shares surname and
/// address it is a sibling or twin, kept apart without a review (every sibling pair in the county
/// would otherwise bury the real possibles). Siblings' names are often alike (Alfie and Albie, Theo and
/// Theodore), so a pair whose dates of birth disagree entirely is not matched automatically either.
/// </summary>
public sealed class HouseholdGuard(IReadOnlyList<IComparison> comparisons)
{
    private readonly int given = ComparisonSet.Require(comparisons, c => c is NameComparison { Fields: PersonField.GivenName }, "given name");
    private readonly int surname = ComparisonSet.Require(comparisons, c => c is NameComparison { Fields: PersonField.Surname }, "surname");
    private readonly int location = ComparisonSet.Require(comparisons, c => c is LocationComparison, "location");
    private readonly int strongId = ComparisonSet.Require(comparisons, c => c is StrongIdComparison, "strong id");
    private readonly int dateOfBirth = ComparisonSet.Require(comparisons, c => c is DateOfBirthComparison, "date of birth");

    public MatchDecision Apply(MatchDecision decision, ReadOnlySpan<byte> levels)
    {
        var givenDisagrees = levels[given] == NameComparison.Different;
        var idsAgree = levels[strongId] is StrongIdComparison.Exact;
        if (idsAgree || decision == MatchDecision.NonMatch)
        {
            return decision;
        }

        if (!givenDisagrees)
        {
            return levels[dateOfBirth] == DateOfBirthComparison.Different ? MatchDecision.Possible : decision;
        }

        var sameSurname = levels[surname] is NameComparison.Exact or NameComparison.Close;
        var sameAddress = levels[location] is LocationComparison.PostcodeAndStreet or LocationComparison.PostcodeOnly or LocationComparison.StreetOnly;
        return sameSurname && sameAddress ? MatchDecision.NonMatch : MatchDecision.Possible;
    }
}
