using System.Globalization;
using System.Text.RegularExpressions;
using ChildView.Contracts.Identifiers;

namespace ChildView.Migration.Validation;

/// <summary>Converts one raw legacy value; each returns false with a reason when the value cannot be used.</summary>
public static partial class FieldParsers
{
    /// <summary>The earliest date any children's record can plausibly carry.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$")]
    private static partial Regex UkPostcode();

    public static bool Date(string raw, IReadOnlyList<string> formats, DateOnly today, out DateOnly date, out string reason)
    {
        reason = "";
        var parsed = false;
        date = default;
        foreach (var format in formats)
        {
            if (DateOnly.TryParseExact(raw, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                parsed = true;
                break;
            }
        }

        // Spreadsheet readers hand dates over as ISO text, whatever the source's own text format.
        parsed = parsed || DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        if (!parsed)
            reason = "not a date in the mapping's date formats";
        else if (date > today)
            reason = "in the future";
        else if (date < Earliest)
            reason = "before 1900";
        return reason.Length == 0;
    }

    public static bool Upn(string raw, out string upn)
    {
        upn = raw.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return UniquePupilNumber.IsValid(upn);
    }

    public static bool Nhs(string raw, out string nhs)
    {
        nhs = raw.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return NhsNumber.IsValid(nhs);
    }

    public static bool Postcode(string raw, out string postcode)
    {
        var compact = raw.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        postcode = compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
        return UkPostcode().IsMatch(postcode);
    }

    public static bool Flag(string raw, out bool flag)
    {
        switch (raw.ToUpperInvariant())
        {
            case "Y" or "YES" or "TRUE" or "1" or "T":
                flag = true;
                return true;
            case "N" or "NO" or "FALSE" or "0" or "F":
                flag = false;
                return true;
            default:
                flag = false;
                return false;
        }
    }
}
