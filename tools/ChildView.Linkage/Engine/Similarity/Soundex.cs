namespace ChildView.Linkage.Similarity;

/// <summary>American Soundex: groups names that sound alike ("smith"/"smyth" → S530) for blocking.</summary>
public static class Soundex
{
    //                                    abcdefghijklmnopqrstuvwxyz
    private const string Codes = "01230120022455012623010202";

    public static string? Encode(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return null;
        Span<char> code = stackalloc char[4];
        var length = 0;
        char previous = '\0';
        foreach (var raw in name)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is < 'a' or > 'z')
                continue;
            var digit = Codes[c - 'a'];
            if (length == 0)
            {
                code[length++] = char.ToUpperInvariant(c);
                previous = digit;
                continue;
            }
            // h and w do not separate letters with the same code; vowels do.
            if (c is 'h' or 'w')
                continue;
            if (digit != '0' && digit != previous)
            {
                code[length++] = digit;
                if (length == 4)
                    break;
            }
            previous = digit;
        }
        if (length == 0)
            return null;
        while (length < 4)
            code[length++] = '0';
        return new string(code);
    }
}
