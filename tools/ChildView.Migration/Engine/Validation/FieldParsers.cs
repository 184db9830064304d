using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChildView.Contracts.Identifiers;

namespace ChildView.Migration.Validation;

/// <summary>Converts one raw legacy value; each returns false with a reason when the value cannot be used.</summary>
/// <remarks>
/// Each parser has a hand-written path for the plain ASCII values nearly every row holds, decided exactly as the
/// general path (.NET's exact date parsing, the identifier checks, the postcode pattern) would decide them; any
/// other value takes the general path itself.
/// </remarks>
public static partial class FieldParsers
{
    /// <summary>The earliest date any children's record can plausibly carry.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    private const string IsoFormat = "yyyy-MM-dd";
    private const string UpnCheckAlphabet = "ABCDEFGHJKLMNPQRTUVWXYZ";

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$")]
    private static partial Regex UkPostcode();

    public static bool Date(string raw, IReadOnlyList<string> formats, DateOnly today, out DateOnly date, out string reason)
    {
        reason = "";
        var parsed = false;
        date = default;
        for (var i = 0; i < formats.Count; i++)
        {
            if (TryParseExact(raw, formats[i], out date))
            {
                parsed = true;
                break;
            }
        }

        // Spreadsheet readers hand dates over as ISO text, whatever the source's own text format.
        parsed = parsed || TryParseExact(raw, IsoFormat, out date);
        if (!parsed)
            reason = "not a date in the mapping's date formats";
        else if (date > today)
            reason = "in the future";
        else if (date < Earliest)
            reason = "before 1900";
        return reason.Length == 0;
    }

    /// <summary>
    /// <see cref="DateOnly.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateOnly)"/> with the
    /// invariant culture and no styles, decided by hand for the usual day/month/year formats when the value is made
    /// only of ASCII digits, '/' and '-'.
    /// </summary>
    internal static bool TryParseExact(string raw, string format, out DateOnly date)
    {
        DateOnly parsed = default;
        var result = format switch
        {
            "dd/MM/yyyy" => DayMonthYear(raw, '/', padded: true, out parsed),
            "d/M/yyyy" => DayMonthYear(raw, '/', padded: false, out parsed),
            "dd-MM-yyyy" => DayMonthYear(raw, '-', padded: true, out parsed),
            "d-M-yyyy" => DayMonthYear(raw, '-', padded: false, out parsed),
            IsoFormat => Iso(raw, out parsed),
            _ => Decided.Unknown,
        };
        date = parsed;
        return result switch
        {
            Decided.Parsed => true,
            Decided.Rejected => false,
            _ => DateOnly.TryParseExact(raw, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date),
        };
    }

    private enum Decided
    {
        Unknown,
        Parsed,
        Rejected,
    }

    /// <summary>
    /// "dd/MM/yyyy" (exactly two digits each for day and month) or "d/M/yyyy" (one or two), then exactly four
    /// digits of year and nothing after; the separator is the invariant culture's date separator or a literal '-'.
    /// </summary>
    private static Decided DayMonthYear(string raw, char separator, bool padded, out DateOnly date)
    {
        date = default;
        if (!OnlyDateChars(raw))
            return Decided.Unknown;
        var s = raw.AsSpan();
        if (!Digits(ref s, padded ? 2 : 1, 2, out var day) || !Skip(ref s, separator)
            || !Digits(ref s, padded ? 2 : 1, 2, out var month) || !Skip(ref s, separator)
            || !Digits(ref s, 4, 4, out var year) || !s.IsEmpty)
            return Decided.Rejected;
        return Make(year, month, day, out date);
    }

    private static Decided Iso(string raw, out DateOnly date)
    {
        date = default;
        if (!OnlyDateChars(raw))
            return Decided.Unknown;
        var s = raw.AsSpan();
        if (!Digits(ref s, 4, 4, out var year) || !Skip(ref s, '-')
            || !Digits(ref s, 2, 2, out var month) || !Skip(ref s, '-')
            || !Digits(ref s, 2, 2, out var day) || !s.IsEmpty)
            return Decided.Rejected;
        return Make(year, month, day, out date);
    }

    private static Decided Make(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return Decided.Rejected;
        date = new DateOnly(year, month, day);
        return Decided.Parsed;
    }

    private static bool OnlyDateChars(string raw)
    {
        if (raw.Length == 0)
            return false;
        foreach (var c in raw)
        {
            if (!char.IsAsciiDigit(c) && c != '/' && c != '-')
                return false;
        }

        return true;
    }

    /// <summary>Reads as many ASCII digits as there are, up to <paramref name="max"/>; false when fewer than <paramref name="min"/>.</summary>
    private static bool Digits(ref ReadOnlySpan<char> s, int min, int max, out int value)
    {
        value = 0;
        var n = 0;
        while (n < max && n < s.Length && char.IsAsciiDigit(s[n]))
            value = value * 10 + (s[n++] - '0');
        s = s[n..];
        return n >= min;
    }

    private static bool Skip(ref ReadOnlySpan<char> s, char c)
    {
        if (s.IsEmpty || s[0] != c)
            return false;
        s = s[1..];
        return true;
    }

    public static bool Upn(string raw, out string upn)
    {
        upn = raw.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (!IsUpperAsciiAlphanumeric(upn))
            return UniquePupilNumber.IsValid(upn);

        // The format ^[A-HJ-NP-RT-Z](\d{12}|\d{11}[A-HJ-NP-RT-Z])$ on ASCII letters and digits, then the check letter.
        if (upn.Length != 13 || !UpnCheckAlphabet.Contains(upn[0]) || (!char.IsAsciiDigit(upn[12]) && !UpnCheckAlphabet.Contains(upn[12])))
            return false;
        for (var i = 1; i < 12; i++)
        {
            if (!char.IsAsciiDigit(upn[i]))
                return false;
        }

        return upn[0] == UniquePupilNumber.CheckLetterFor(upn.AsSpan(1));
    }

    public static bool Nhs(string raw, out string nhs)
    {
        nhs = raw.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (nhs.Length != 10 || nhs.AsSpan().ContainsAnyExceptInRange('0', '9'))
            return NhsNumber.IsValid(nhs);
        var check = NhsNumber.CheckDigitFor(nhs.AsSpan(0, 9));
        return check is not null && check == nhs[9] - '0';
    }

    public static bool Postcode(string raw, out string postcode)
    {
        if (!IsPlainPostcodeText(raw))
        {
            var compact = raw.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            postcode = compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
            return UkPostcode().IsMatch(postcode);
        }

        // ASCII letters, digits and spaces only: upper-case, drop the spaces, one space before the last three.
        Span<char> compactChars = stackalloc char[raw.Length];
        var length = 0;
        foreach (var c in raw)
        {
            if (c != ' ')
                compactChars[length++] = char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : c;
        }

        var chars = compactChars[..length];
        if (length <= 3)
        {
            postcode = new string(chars);
            return false; // the pattern needs at least "A9 9AA"
        }

        var outward = chars[..^3];
        var inward = chars[^3..];
        postcode = raw.Length == length + 1 && raw[^4] == ' ' && raw.AsSpan(0, length - 3).SequenceEqual(outward) && raw.AsSpan(^3).SequenceEqual(inward)
            ? raw
            : string.Concat(outward, " ", inward);
        return IsOutwardCode(outward) && char.IsAsciiDigit(inward[0]) && char.IsAsciiLetterUpper(inward[1]) && char.IsAsciiLetterUpper(inward[2]);
    }

    /// <summary>[A-Z]{1,2}[0-9][A-Z0-9]? on upper-case ASCII letters and digits.</summary>
    private static bool IsOutwardCode(ReadOnlySpan<char> outward)
    {
        var letters = 0;
        while (letters < outward.Length && char.IsAsciiLetterUpper(outward[letters]))
            letters++;
        if (letters is < 1 or > 2 || letters >= outward.Length || !char.IsAsciiDigit(outward[letters]))
            return false;
        var rest = outward.Length - letters - 1;
        return rest == 0 || rest == 1 && (char.IsAsciiDigit(outward[^1]) || char.IsAsciiLetterUpper(outward[^1]));
    }

    private static bool IsPlainPostcodeText(string raw)
    {
        if (raw.Length > 32)
            return false; // kept on the stack below
        foreach (var c in raw)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != ' ')
                return false;
        }

        return true;
    }

    private static bool IsUpperAsciiAlphanumeric(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
                return false;
        }

        return true;
    }

    public static bool Flag(string raw, out bool flag)
    {
        if (!Ascii.IsValid(raw))
            return FlagInvariant(raw.ToUpperInvariant(), out flag);

        if (raw.Length > 5)
        {
            flag = false;
            return false; // longer than "FALSE"
        }

        // ASCII upper-casing is exactly the invariant one for ASCII text.
        Span<char> upper = stackalloc char[5];
        Ascii.ToUpper(raw, upper, out var written);
        return FlagInvariant(upper[..written], out flag);
    }

    private static bool FlagInvariant(ReadOnlySpan<char> upper, out bool flag)
    {
        switch (upper)
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
