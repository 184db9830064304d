namespace ChildView.Linkage.Similarity;

/// <summary>
/// Jaro–Winkler similarity as Winkler (1990) defined it: the shared prefix counts for at most four
/// characters with scaling 0.1, so the score never exceeds 1. (Some libraries drop the cap, which
/// over-rewards long shared prefixes and shifts every threshold.)
/// </summary>
public static class JaroWinkler
{
    public const int MaxPrefix = 4;
    public const double PrefixScale = 0.1;

    public static double Similarity(string a, string b)
    {
        var jaro = Jaro(a, b);
        var prefix = 0;
        var limit = Math.Min(MaxPrefix, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
            prefix++;
        return jaro + prefix * PrefixScale * (1 - jaro);
    }

    public static double Jaro(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
            return 1;
        if (a.Length == 0 || b.Length == 0)
            return 0;
        if (a == b)
            return 1;

        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> aMatched = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];

        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (bMatched[j] || a[i] != b[j])
                    continue;
                aMatched[i] = bMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0)
            return 0;

        // Transpositions: matched characters of a and b, read in order, that disagree — halved.
        var outOfOrder = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
                continue;
            while (!bMatched[k])
                k++;
            if (a[i] != b[k])
                outOfOrder++;
            k++;
        }
        double m = matches;
        return (m / a.Length + m / b.Length + (m - outOfOrder / 2.0) / m) / 3.0;
    }
}
