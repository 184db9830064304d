using ChildView.Linkage.Similarity;

namespace ChildView.Linkage.Generation;

/// <summary>
/// Names parents do not give two of their children: one name in two spellings (Mohammed and Muhammad,
/// Zoe and Zoë), a name and its short form (Charlotte and Charlie, Theodore and Theo, Theo and Teddy), or names one letter
/// apart after the same initial (Aiden and Aidan, Olivia and Oliwia), or names that read alike (Laura and
/// Lauren, Alfie and Albie) — a family needs to tell its children apart when calling them. Twins' names alike in other ways are common and stay:
/// a shared initial (Harry and Holly, Aiden and Amelia) or a rhyme on another initial (Ella and Bella).
/// </summary>
public static class SiblingNames
{
    /// <summary>Names this alike by Jaro–Winkler read as one at a glance (Laura and Lauren, Alfie and Albie).</summary>
    public const double ReadAlike = 0.88;

    public static bool Confusable(string a, string b)
    {
        if (string.Equals(NameVariants.WithoutDiacritics(a), NameVariants.WithoutDiacritics(b), StringComparison.OrdinalIgnoreCase))
            return true;
        if (NameVariants.Of(a).Contains(b, StringComparer.OrdinalIgnoreCase) || ShortFormOf(a, b) || ShortFormOf(b, a))
            return true;
        var (lowerA, lowerB) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        return (lowerA[0] == lowerB[0] && EditDistance.WithinOneEdit(lowerA, lowerB)) || JaroWinkler.Similarity(lowerA, lowerB) >= ReadAlike;
    }

    private static bool ShortFormOf(string legal, string other) =>
        KnownAsNames.Of(legal).Contains(other, StringComparer.OrdinalIgnoreCase)
        || KnownAsNames.Of(legal).Intersect(KnownAsNames.Of(other), StringComparer.OrdinalIgnoreCase).Any()
        || KnownAsNames.ShareALegalName(legal, other);
}
