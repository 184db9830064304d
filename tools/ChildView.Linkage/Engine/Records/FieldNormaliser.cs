using System.Text;

namespace ChildView.Linkage.Records;

/// <summary>Puts free text into one canonical form so that comparisons see content, not formatting.</summary>
public static class FieldNormaliser
{
    /// <summary>Lower case, letters/digits/single spaces only; null when nothing is left.</summary>
    public static string? Text(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw.Trim())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                    builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '\'' or '.' or ',')
            {
                // Hyphens and apostrophes separate name parts ("o'neil", "smith-jones") like spaces do.
                pendingSpace = c is not '\'';
            }
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>Postcodes compare without spaces and in upper case ("sw1a 1aa" = "SW1A1AA").</summary>
    public static string? Postcode(string? raw)
    {
        var text = Text(raw);
        return text?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    /// <summary>Identifiers keep only their digits and letters.</summary>
    public static string? Identifier(string? raw) => Postcode(raw);
}
