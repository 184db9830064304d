using ChildView.Linkage.Identifiers;

namespace ChildView.Linkage.Comparisons;

/// <summary>The comparisons the engine scores a pair with, in a fixed order (the comparison vector's order).</summary>
public static class ComparisonSet
{
    public static IReadOnlyList<IComparison> Standard(IStrongIdValidator strongIds, bool strictNameSwaps = false) =>
    [
        NameComparison.GivenName(strictNameSwaps),
        NameComparison.Surname(strictNameSwaps),
        new DateOfBirthComparison(),
        new LocationComparison(),
        new StrongIdComparison(strongIds),
        new SexComparison(),
    ];
}
