namespace ChildView.Linkage.Similarity;

/// <summary>Cheap "one keying slip apart" test for identifiers: one substitution, insertion, deletion or adjacent swap.</summary>
public static class EditDistance
{
    public static bool WithinOneEdit(string a, string b)
    {
        if (a == b)
            return true;
        if (Math.Abs(a.Length - b.Length) > 1)
            return false;
        if (a.Length == b.Length)
        {
            var first = -1;
            var differences = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] == b[i])
                    continue;
                if (++differences == 1)
                    first = i;
                else if (differences > 2)
                    return false;
            }
            if (differences == 1)
                return true;
            // Two differences are one edit only when they are an adjacent transposition.
            return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)..] == b[(first + 2)..];
        }
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var skipped = false;
        for (int i = 0, j = 0; i < shorter.Length; j++)
        {
            if (shorter[i] == longer[j]) { i++; continue; }
            if (skipped) return false;
            skipped = true;
        }
        return true;
    }
}
