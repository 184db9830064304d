using System.Globalization;
using System.Text;

namespace ChildView.ServiceKit.Text;

/// <summary>
/// Names as people search for them: <see cref="Normalise"/> stores a name in NFC so one spelling has one
/// form; <see cref="Fold"/> makes the search key — lower case, accents and apostrophes dropped, letters
/// that do not decompose (đ, ß, ø, ł …) spelt in plain Latin — so "Nguyen" finds "Nguyễn" and "OBrien"
/// or "O’Brien" finds "O'Brien".
/// </summary>
public static class NameFolding
{
    private static readonly Dictionary<char, string> PlainLatin = new()
    {
        ['ß'] = "ss", ['ẞ'] = "ss", ['đ'] = "d", ['Đ'] = "d", ['ð'] = "d", ['Ð'] = "d", ['ø'] = "o", ['Ø'] = "o",
        ['ł'] = "l", ['Ł'] = "l", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe", ['þ'] = "th", ['Þ'] = "th",
        ['ı'] = "i", ['ħ'] = "h", ['Ħ'] = "h", ['ŧ'] = "t", ['Ŧ'] = "t",
    };

    /// <summary>Apostrophes and look-alikes people type for them: ' ’ ‘ ʼ ` ´.</summary>
    private static readonly HashSet<char> Apostrophes = ['\'', '\u2019', '\u2018', '\u02BC', '`', '\u00B4'];

    public static string Normalise(string name) => name.Trim().Normalize(NormalizationForm.FormC);

    public static string Fold(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var folded = new StringBuilder(name.Length);
        var lastWasSpace = false;
        foreach (var c in name.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || Apostrophes.Contains(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            if (PlainLatin.TryGetValue(c, out var plain))
            {
                folded.Append(plain);
            }
            else
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
