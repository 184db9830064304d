using System.Globalization;
using System.Text;

namespace ChildView.Contracts.Names;

/// <summary>
/// How a person's name is stored and how it is matched. Services and keyboards spell one name many
/// ways: composed or decomposed accents (NFC "ë" or NFD "e" + U+0308), a typographic apostrophe for a
/// typewriter one, a hyphen or a space, with or without diacritics. <see cref="Normalise"/> keeps the
/// spelling (what is shown) and only tidies its form; <see cref="Fold"/> is the search key: lower case,
/// accents and compatibility forms removed, letters without a decomposition spelled out, and
/// everything that is not a letter or digit (apostrophes, hyphens, spaces, full stops) dropped.
/// </summary>
public static class NameFolding
{
    /// <summary>Letters Unicode does not decompose into a base letter and a mark, as English spells them; letter-like apostrophes, dropped.</summary>
    private static readonly Dictionary<Rune, string> Undecomposable = new()
    {
        [new Rune('ß')] = "ss",
        [new Rune('đ')] = "d",
        [new Rune('ð')] = "d",
        [new Rune('ø')] = "o",
        [new Rune('ł')] = "l",
        [new Rune('æ')] = "ae",
        [new Rune('œ')] = "oe",
        [new Rune('þ')] = "th",
        [new Rune('ı')] = "i",
        [new Rune('ħ')] = "h",
        [new Rune('ŧ')] = "t",

        // Apostrophes Unicode counts as letters (modifier letters), as in Hawaiʻi or Oʼ Brien typed on a phone.
        [new Rune('\u02BC')] = "",
        [new Rune('\u02BB')] = "",
        [new Rune('\u02BD')] = "",
    };

    /// <summary>The name as it is kept and shown: composed (NFC), trimmed, runs of white space as one space.</summary>
    public static string Normalise(string name)
    {
        var spaced = new StringBuilder(name.Length);
        foreach (var part in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            spaced.Append(spaced.Length == 0 ? "" : " ").Append(part);
        }

        return spaced.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The search key of a name; two spellings of one name have the same key.</summary>
    public static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var rune in name.Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            if (Undecomposable.TryGetValue(lower, out var spelled))
            {
                folded.Append(spelled);
            }
            else if (Rune.IsLetterOrDigit(lower))
            {
                folded.Append(lower.ToString());
            }
        }

        return folded.ToString();
    }
}
