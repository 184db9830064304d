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

    /// <summary>Where in a comparison vector the first comparison matching <paramref name="predicate"/> sits; -1 when none does.</summary>
    public static int IndexOf(IReadOnlyList<IComparison> comparisons, Func<IComparison, bool> predicate)
    {
        for (var i = 0; i < comparisons.Count; i++)
        {
            if (predicate(comparisons[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>As <see cref="IndexOf"/>, for callers that cannot work without the comparison.</summary>
    public static int Require(IReadOnlyList<IComparison> comparisons, Func<IComparison, bool> predicate, string what) =>
        IndexOf(comparisons, predicate) is var index and >= 0 ? index : throw new ArgumentException($"The comparison set has no {what} comparison.", nameof(comparisons));
}
