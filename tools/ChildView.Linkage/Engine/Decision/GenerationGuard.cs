using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Decision;

/// <summary>
/// A parent and a child often share a name and an address; only the birth year tells them apart. Birth
/// years this far apart, or a birth year missing on either side (which cannot tell them apart), are never
/// linked on names and address alone (at most "possible"). An agreeing
/// strong identifier is evidence a household cannot share; it decides, unless sex conflicts too
/// (<see cref="SharedIdentifierGuard"/>).
/// </summary>
public static class GenerationGuard
{
    public const int GenerationYears = 15;

    public static bool GenerationsApart(PersonRecord a, PersonRecord b) =>
        DateOfBirthComparison.YearsApart(a.DateOfBirth, b.DateOfBirth) >= GenerationYears;

    public static bool GenerationUnknownOrApart(PersonRecord a, PersonRecord b) =>
        DateOfBirthComparison.YearsApart(a.DateOfBirth, b.DateOfBirth) is null or >= GenerationYears;

    public static MatchDecision Apply(MatchDecision decision, ReadOnlySpan<byte> levels, int strongId, PersonRecord a, PersonRecord b) =>
        decision == MatchDecision.Match && GenerationUnknownOrApart(a, b) && !(strongId >= 0 && levels[strongId] is StrongIdComparison.Exact or StrongIdComparison.OneEdit)
            ? MatchDecision.Possible : decision;
}
