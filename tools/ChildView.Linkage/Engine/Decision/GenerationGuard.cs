using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Decision;

/// <summary>
/// A parent and a child often share a name and an address; only the birth year tells them apart. Birth
/// years this far apart are never linked on names and address alone (at most "possible"). An agreeing
/// strong identifier is evidence a household cannot share; it decides, unless sex or given name conflicts
/// too (<see cref="SharedIdentifierGuard"/>).
/// A birth year missing on either side cannot tell a namesake parent from the child by itself; the
/// household can. A child's record carries a date of birth (mandatory in the school census and the
/// children in need census) while a parent's, taken down as a family member, often does not. So at one
/// address (<see cref="HouseholdContext"/>), with the sexes not in conflict, an undated record is linked
/// to a dated one of the household's older generation unless the household also holds a dated child of
/// that name; two undated records are linked unless the household holds a dated child of that name.
/// Everything else with a year missing is at most "possible".
/// </summary>
public sealed class GenerationGuard
{
    public const int GenerationYears = HouseholdContext.GenerationYears;

    private readonly int strongId;
    private readonly int location;
    private readonly int sex;
    private readonly HouseholdContext households;

    private GenerationGuard(IReadOnlyList<IComparison> comparisons, HouseholdContext households)
    {
        strongId = ComparisonSet.IndexOf(comparisons, c => c is StrongIdComparison);
        location = ComparisonSet.IndexOf(comparisons, c => c is LocationComparison);
        sex = ComparisonSet.IndexOf(comparisons, c => c is SexComparison);
        this.households = households;
    }

    /// <summary>The guard for a run over <paramref name="left"/> and <paramref name="right"/> (the same list when deduplicating).</summary>
    public static GenerationGuard For(IReadOnlyList<IComparison> comparisons, IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right) =>
        new(comparisons, HouseholdContext.Of(ReferenceEquals(left, right) ? left : left.Concat(right)));

    public static bool GenerationsApart(PersonRecord a, PersonRecord b) =>
        DateOfBirthComparison.YearsApart(a.DateOfBirth, b.DateOfBirth) >= GenerationYears;

    public MatchDecision Apply(MatchDecision decision, ReadOnlySpan<byte> levels, PersonRecord a, PersonRecord b)
    {
        if (decision != MatchDecision.Match || strongId >= 0 && levels[strongId] is StrongIdComparison.Exact or StrongIdComparison.OneEdit)
            return decision;
        if (GenerationsApart(a, b))
            return MatchDecision.Possible;
        if (a.DateOfBirth.Year is not null && b.DateOfBirth.Year is not null)
            return decision;
        return OneHousehold(levels) && HouseholdSaysWho(a, b) ? decision : MatchDecision.Possible;
    }

    private bool OneHousehold(ReadOnlySpan<byte> levels) =>
        location >= 0 && levels[location] is LocationComparison.PostcodeAndStreet or LocationComparison.PostcodeOnly or LocationComparison.StreetOnly
        && (sex < 0 || levels[sex] != SexComparison.Different);

    private bool HouseholdSaysWho(PersonRecord a, PersonRecord b)
    {
        var (dated, undated) = a.DateOfBirth.Year is not null ? (a, b) : (b, a);
        var household = HouseholdContext.KeyOf(a) ?? HouseholdContext.KeyOf(b);
        if (household is null || undated.GivenName is not { } name)
            return false;
        return dated.DateOfBirth.Year is { } year
            ? households.IsOlderGeneration(household, year) && !households.HasNamesakeBornAfter(household, name, year)
            : households.HasDatedMembers(household) && !households.HasNamesakeChild(household, name);
    }
}
