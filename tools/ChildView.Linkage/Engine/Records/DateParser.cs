using System.Globalization;

namespace ChildView.Linkage.Records;

/// <summary>
/// Reads a date of birth without insisting it is a real calendar date: a miskeyed "19871332" still
/// carries a usable year and partly usable month/day, which the comparison levels exploit.
/// </summary>
public static class DateParser
{
    public static PartialDate Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return default;
        var text = raw.Trim();
        if (text.Length == 8 && text.All(char.IsAsciiDigit))
            return new PartialDate(Part(text[6..8]), Part(text[4..6]), Part(text[..4]));

        var parts = text.Split(['-', '/', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3)
        {
            return parts[0].Length == 4
                ? new PartialDate(Part(parts[2]), Part(parts[1]), Part(parts[0]))  // ISO yyyy-mm-dd
                : new PartialDate(Part(parts[0]), Part(parts[1]), Part(parts[2])); // UK dd/mm/yyyy
        }
        return default;
    }

    public static PartialDate FromParts(string? day, string? month, string? year) => new(Part(day), Part(month), Part(year));

    private static int? Part(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
