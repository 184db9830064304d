using System.Globalization;
using System.Text.RegularExpressions;
using ChildView.Contracts.Identifiers;
using ChildView.Migration.Validation;

namespace ChildView.UnitTests.Migration;

/// <summary>
/// The field parsers' hand-written fast paths against the general code they replace (kept here as the reference):
/// every value must be accepted or rejected alike, with the same converted value and the same reason.
/// </summary>
public sealed partial class FieldParserEquivalenceTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly string[][] FormatLists =
    [
        ["dd/MM/yyyy", "d/M/yyyy"],
        ["d/M/yyyy"],
        ["dd/MM/yyyy"],
        ["yyyy-MM-dd"],
        ["dd-MM-yyyy", "d-M-yyyy"],
        ["MM/dd/yyyy"],
        [],
    ];

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$")]
    private static partial Regex ReferencePostcodePattern();

    private static (bool Ok, DateOnly Date, string Reason) ReferenceDate(string raw, IReadOnlyList<string> formats)
    {
        var reason = "";
        var parsed = false;
        DateOnly date = default;
        foreach (var format in formats)
        {
            if (DateOnly.TryParseExact(raw, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                parsed = true;
                break;
            }
        }

        parsed = parsed || DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        if (!parsed)
            reason = "not a date in the mapping's date formats";
        else if (date > Today)
            reason = "in the future";
        else if (date < FieldParsers.Earliest)
            reason = "before 1900";
        return (reason.Length == 0, date, reason);
    }

    private static (bool, string) ReferenceUpn(string raw)
    {
        var upn = raw.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return (UniquePupilNumber.IsValid(upn), upn);
    }

    private static (bool, string) ReferenceNhs(string raw)
    {
        var nhs = raw.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return (NhsNumber.IsValid(nhs), nhs);
    }

    private static (bool, string) ReferencePostcode(string raw)
    {
        var compact = raw.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var postcode = compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
        return (ReferencePostcodePattern().IsMatch(postcode), postcode);
    }

    private static (bool, bool) ReferenceFlag(string raw) => raw.ToUpperInvariant() switch
    {
        "Y" or "YES" or "TRUE" or "1" or "T" => (true, true),
        "N" or "NO" or "FALSE" or "0" or "F" => (true, false),
        _ => (false, false),
    };

    private static void SameDate(string raw, IReadOnlyList<string> formats)
    {
        var expected = ReferenceDate(raw, formats);
        var ok = FieldParsers.Date(raw, formats, Today, out var date, out var reason);
        Assert.True(expected == (ok, date, reason), $"'{raw}' with [{string.Join(", ", formats)}]: expected {expected}, got {(ok, date, reason)}");
    }

    [Theory]
    [InlineData("1/2/2015")]
    [InlineData("01/02/2015")]
    [InlineData("1/02/2015")]
    [InlineData("01/2/2015")]
    [InlineData("31/02/2015")]
    [InlineData("29/02/2016")]
    [InlineData("29/02/2015")]
    [InlineData("31/04/2015")]
    [InlineData("31/12/1899")]
    [InlineData("01/01/1900")]
    [InlineData("25/11/2026")]
    [InlineData("26/11/2026")]
    [InlineData("00/01/2015")]
    [InlineData("01/00/2015")]
    [InlineData("01/13/2015")]
    [InlineData("001/02/2015")]
    [InlineData("01/02/15")]
    [InlineData("01/02/20155")]
    [InlineData("01/02/0000")]
    [InlineData("2015-02-01")]
    [InlineData("2015-2-1")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2015-02-30")]
    [InlineData("01-02-2015")]
    [InlineData("1-2-2015")]
    [InlineData("20150201")]
    [InlineData("1//2015")]
    [InlineData("/")]
    [InlineData("")]
    [InlineData(" 1/2/2015")]
    [InlineData("1/2/2015 ")]
    [InlineData("1/2/2015\0")]
    [InlineData("\u0661/\u0662/\u0662\u0660\u0661\u0665")]
    [InlineData("01.02.2015")]
    [InlineData("Feb 1 2015")]
    public void A_date_is_read_exactly_as_exact_parsing_reads_it(string raw)
    {
        foreach (var formats in FormatLists)
            SameDate(raw, formats);
    }

    [Fact]
    public void Day_and_month_one_or_two_digits_only_where_the_format_allows()
    {
        string[] formats = ["dd/MM/yyyy", "d/M/yyyy"];
        Assert.True(FieldParsers.Date("1/2/2015", formats, Today, out var loose, out _));
        Assert.True(FieldParsers.Date("01/02/2015", formats, Today, out var padded, out _));
        Assert.Equal(new DateOnly(2015, 2, 1), loose);
        Assert.Equal(loose, padded);
        Assert.False(FieldParsers.Date("1/2/2015", ["dd/MM/yyyy"], Today, out _, out var reason));
        Assert.Equal("not a date in the mapping's date formats", reason);
        Assert.False(FieldParsers.Date("31/02/2015", formats, Today, out _, out reason));
        Assert.Equal("not a date in the mapping's date formats", reason);
        Assert.False(FieldParsers.Date("31/12/1899", formats, Today, out _, out reason));
        Assert.Equal("before 1900", reason);
        Assert.False(FieldParsers.Date("2026-11-26", formats, Today, out _, out reason));
        Assert.Equal("in the future", reason);
    }

    [Fact]
    public void Random_digit_and_separator_strings_parse_as_exact_parsing_does()
    {
        var random = new Random(4180);
        const string alphabet = "0123456789/-";
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 12)];
            for (var c = 0; c < chars.Length; c++)
                chars[c] = alphabet[random.Next(alphabet.Length)];
            var raw = new string(chars);
            foreach (var formats in FormatLists)
                SameDate(raw, formats);
        }
    }

    [Fact]
    public void Random_dates_of_the_usual_shapes_parse_as_exact_parsing_does()
    {
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var day = random.Next(0, 33);
            var month = random.Next(0, 14);
            var year = random.Next(0, 10) == 0 ? random.Next(0, 10_000) : random.Next(1890, 2030);
            var raw = random.Next(4) switch
            {
                0 => $"{day:00}/{month:00}/{year:0000}",
                1 => $"{day}/{month}/{year}",
                2 => $"{year:0000}-{month:00}-{day:00}",
                _ => $"{day:00}-{month}-{year}",
            };
            foreach (var formats in FormatLists)
                SameDate(raw, formats);
        }
    }

    private static string ValidUpnBody(Random random, bool temporary)
    {
        var body = new char[12];
        for (var c = 0; c < 12; c++)
            body[c] = (char)('0' + random.Next(10));
        if (temporary)
            body[11] = "ABCDEFGHJKLMNPQRTUVWXYZ"[random.Next(23)];
        return new string(body);
    }

    [Theory]
    [InlineData("D830200106012")]
    [InlineData("d830200106012")]
    [InlineData("D830 2001 06012")]
    [InlineData("E830200106012")]
    [InlineData("D83020010601")]
    [InlineData("D8302001060123")]
    [InlineData("I830200106012")]
    [InlineData("D83020010601O")]
    [InlineData("D8302001060\u0661\u0662")]
    [InlineData("")]
    public void A_upn_is_judged_as_the_identifier_check_judges_it(string raw)
    {
        Assert.Equal(ReferenceUpn(raw), (FieldParsers.Upn(raw, out var upn), upn));
    }

    [Fact]
    public void Random_upns_are_judged_as_the_identifier_check_judges_them()
    {
        var random = new Random(23);
        const string noise = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ";
        var valid = 0;
        for (var i = 0; i < 20_000; i++)
        {
            string raw;
            if (random.Next(3) == 0)
            {
                var chars = new char[random.Next(0, 16)];
                for (var c = 0; c < chars.Length; c++)
                    chars[c] = noise[random.Next(noise.Length)];
                raw = new string(chars);
            }
            else
            {
                var body = ValidUpnBody(random, temporary: random.Next(4) == 0);
                var upn = UniquePupilNumber.CheckLetterFor(body) + body;
                raw = random.Next(4) switch
                {
                    0 => upn,
                    1 => upn.ToLowerInvariant(),
                    2 => upn.Insert(random.Next(upn.Length), " "),
                    _ => upn.Remove(random.Next(upn.Length), 1).Insert(random.Next(upn.Length - 1), noise[random.Next(noise.Length)].ToString()),
                };
            }

            var expected = ReferenceUpn(raw);
            valid += expected.Item1 ? 1 : 0;
            Assert.True(expected == (FieldParsers.Upn(raw, out var actual), actual), $"'{raw}'");
        }

        Assert.InRange(valid, 5_000, 15_000); // both outcomes were exercised
    }

    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    [InlineData("9434765918")]
    [InlineData("943476591")]
    [InlineData("94347659190")]
    [InlineData("\t9434765919")]
    [InlineData("943476591\u0669")]
    [InlineData("0000000000")]
    [InlineData("")]
    public void An_nhs_number_is_judged_as_the_identifier_check_judges_it(string raw)
    {
        Assert.Equal(ReferenceNhs(raw), (FieldParsers.Nhs(raw, out var nhs), nhs));
    }

    [Fact]
    public void Random_nhs_numbers_are_judged_as_the_identifier_check_judges_them()
    {
        var random = new Random(10);
        const string alphabet = "0123456789012345678901234567890123456789 -\tx";
        var valid = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(8, 14)];
            for (var c = 0; c < chars.Length; c++)
                chars[c] = alphabet[random.Next(alphabet.Length)];
            var raw = new string(chars);
            if (random.Next(2) == 0)
            {
                var nine = new string([.. Enumerable.Range(0, 9).Select(_ => (char)('0' + random.Next(10)))]);
                raw = NhsNumber.CheckDigitFor(nine) is { } check ? nine + check : raw;
            }

            var expected = ReferenceNhs(raw);
            valid += expected.Item1 ? 1 : 0;
            Assert.True(expected == (FieldParsers.Nhs(raw, out var actual), actual), $"'{raw}'");
        }

        Assert.InRange(valid, 3_000, 15_000);
    }

    [Theory]
    [InlineData("DE4 3AG")]
    [InlineData("de43ag")]
    [InlineData("De4  3ag")]
    [InlineData("DE43AG")]
    [InlineData(" DE4 3AG")]
    [InlineData("SW1A 1AA")]
    [InlineData("SW1A1AA")]
    [InlineData("W1 1AA")]
    [InlineData("W11AA")]
    [InlineData("EC1A 1BB")]
    [InlineData("ABC1 1AA")]
    [InlineData("A 1AA")]
    [InlineData("1A 1AA")]
    [InlineData("DE4 3A")]
    [InlineData("AA!")]
    [InlineData("AG")]
    [InlineData("")]
    [InlineData("DE4-3AG")]
    [InlineData("DE4 3AG\n")]
    [InlineData("ÄE4 3AG")]
    [InlineData("DE4 3AGDE4 3AGDE4 3AGDE4 3AGDE4 3AGDE4 3AG")]
    public void A_postcode_is_judged_and_laid_out_as_the_pattern_does(string raw)
    {
        Assert.Equal(ReferencePostcode(raw), (FieldParsers.Postcode(raw, out var postcode), postcode));
    }

    [Fact]
    public void Random_postcodes_are_judged_and_laid_out_as_the_pattern_does()
    {
        var random = new Random(7);
        const string alphabet = "ABDEFSWXabdew0123456789   ";
        var valid = 0;
        for (var i = 0; i < 30_000; i++)
        {
            var chars = new char[random.Next(0, 10)];
            for (var c = 0; c < chars.Length; c++)
                chars[c] = alphabet[random.Next(alphabet.Length)];
            var raw = random.Next(2) == 0
                ? new string(chars)
                : $"{"ABDES"[random.Next(5)]}{(random.Next(2) == 0 ? "E" : "")}{random.Next(10)}{(random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)].ToString() : "")}{(random.Next(3) == 0 ? "" : " ")}{random.Next(10)}{"ABXab9"[random.Next(6)]}{"ABXab"[random.Next(5)]}";
            var expected = ReferencePostcode(raw);
            valid += expected.Item1 ? 1 : 0;
            Assert.True(expected == (FieldParsers.Postcode(raw, out var actual), actual), $"'{raw}'");
        }

        Assert.InRange(valid, 3_000, 25_000);
    }

    [Fact]
    public void A_postcode_already_laid_out_is_kept_as_given()
    {
        const string raw = "SK17 6AB";
        Assert.True(FieldParsers.Postcode(raw, out var postcode));
        Assert.Same(raw, postcode);
        Assert.True(FieldParsers.Postcode("sk17 6ab", out postcode));
        Assert.Equal(raw, postcode);
    }

    [Theory]
    [InlineData("Y")]
    [InlineData("y")]
    [InlineData("Yes")]
    [InlineData("tRuE")]
    [InlineData("1")]
    [InlineData("t")]
    [InlineData("n")]
    [InlineData("No")]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("F")]
    [InlineData("FALSE ")]
    [InlineData("falsey")]
    [InlineData("ja")]
    [InlineData("ye\u017f")]
    [InlineData("")]
    public void A_flag_is_read_as_invariant_upper_casing_reads_it(string raw)
    {
        Assert.Equal(ReferenceFlag(raw), (FieldParsers.Flag(raw, out var flag), flag));
    }
}
