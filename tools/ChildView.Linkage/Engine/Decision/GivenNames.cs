using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;
using ChildView.Linkage.Similarity;

namespace ChildView.Linkage.Decision;

/// <summary>
/// Whether two records' given names are two names (a brother and a sister's) rather than one name
/// written differently. The same name is: equal, close (Jaro–Winkler ≥ 0.88 or another spelling), an
/// initial or a nickname, or one keying slip apart — any slip in a name of four letters or more, and in
/// a shorter one a slip after the first letter (Lan and Lna, Ava and Aav). Short names differing in the
/// first letter are often both real (Eva and Ava); parents do not give two children names one slip
/// apart otherwise (Aiden and Aidan).
/// </summary>
public static class GivenNames
{
    public const int ShortestTypoableName = 4;

    public static bool ClearlyDiffer(string? a, string? b) =>
        a is not null && b is not null && NameComparison.Level(a, b) == NameComparison.Different && !OneSlipApart(a, b);

    /// <summary>
    /// The given names of two records, read so that the surnames line up: when one record holds its names
    /// the other way round ("hartley olivia"), its surname field is its given name.
    /// </summary>
    public static (string? A, string? B) Aligned(PersonRecord a, PersonRecord b) =>
        NameComparison.Level(a.Surname, b.Surname) is NameComparison.Different or IComparison.Missing
        && NameComparison.Level(a.Surname, b.GivenName) is >= NameComparison.Exact and <= NameComparison.Similar
            ? (a.GivenName, b.Surname)
            : (a.GivenName, b.GivenName);

    private static bool OneSlipApart(string a, string b) =>
        EditDistance.WithinOneEdit(a, b) && (Math.Min(a.Length, b.Length) >= ShortestTypoableName || a[0] == b[0]);
}
