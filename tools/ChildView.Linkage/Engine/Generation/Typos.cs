namespace ChildView.Linkage.Generation;

/// <summary>One keying slip: a neighbouring key, a dropped or doubled letter, or two letters swapped.</summary>
internal static class Typos
{
    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"];

    public static string Apply(string value, Random random)
    {
        if (value.Length < 2)
            return value;
        var chars = value.ToCharArray().ToList();
        var at = 1 + random.Next(chars.Count - 1); // the first letter is the one people get right
        switch (random.Next(4))
        {
            case 0: chars[at] = Neighbour(chars[at], random); break;
            case 1: chars.RemoveAt(at); break;
            case 2: chars.Insert(at, chars[at]); break;
            default:
                var before = at - 1;
                if (chars[before] == chars[at])
                    chars.RemoveAt(at);
                else
                    (chars[before], chars[at]) = (chars[at], chars[before]);
                break;
        }
        return new string([.. chars]);
    }

    /// <summary>A different digit in one place: what a miskeyed identifier looks like.</summary>
    public static string Digit(string value, Random random)
    {
        var chars = value.ToCharArray();
        var digits = Enumerable.Range(0, chars.Length).Where(i => char.IsAsciiDigit(chars[i])).ToArray();
        var at = random.Pick(digits);
        chars[at] = (char)('0' + (chars[at] - '0' + 1 + random.Next(9)) % 10);
        return new string(chars);
    }

    private static char Neighbour(char c, Random random)
    {
        var lower = char.ToLowerInvariant(c);
        foreach (var row in KeyboardRows)
        {
            var at = row.IndexOf(lower, StringComparison.Ordinal);
            if (at < 0)
                continue;
            var next = at == 0 ? 1 : at == row.Length - 1 ? at - 1 : at + (random.Next(2) == 0 ? -1 : 1);
            return char.IsUpper(c) ? char.ToUpperInvariant(row[next]) : row[next];
        }
        return (char)('a' + random.Next(26));
    }
}
