using System.Globalization;
using System.Text;

namespace ChildView.ChildProfile.Families;

/// <summary>
/// Normalised keys that recognise the same person or address across services: case, accents,
/// punctuation and spacing are ignored; a person also needs a date of birth, because a name alone
/// joins strangers.
/// </summary>
public static class PersonKeys
{
    /// <summary>"given|family|yyyy-mm-dd", or null without a date of birth or a name.</summary>
    public static string? Person(string? givenName, string? familyName, DateOnly? dateOfBirth)
    {
        var given = Letters(givenName);
        var family = Letters(familyName);
        return dateOfBirth is { } born && given.Length > 0 && family.Length > 0
            ? $"{given}|{family}|{born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : null;
    }

    /// <summary>"LINE1|POSTCODE" with the postcode's spaces removed, or null when either part is missing.</summary>
    public static string? Address(string? line1, string? postcode)
    {
        var line = Words(line1);
        var code = new string((postcode ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return line.Length > 0 && code.Length > 0 ? $"{line}|{code}" : null;
    }

    private static string Letters(string? name) =>
        new(Fold(name).Where(char.IsLetter).ToArray());

    private static string Words(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(text).ToUpperInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Lower case without diacritics: "Zoë" and "Zoe" are one name.</summary>
    private static string Fold(string? text)
    {
        var decomposed = (text ?? "").Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }
}
