namespace ChildView.IntegrationTests.Fuzz;

/// <summary>
/// The hostile values, as raw JSON text (so a lone surrogate or a number no double can hold reaches
/// the server exactly as written) or as already-encoded query strings.
/// </summary>
public static class FuzzValues
{
    public static readonly string TenThousandChars = new('x', 10_000);

    public static readonly IReadOnlyList<string> Strings =
    [
        "\"\"",
        "\"   \"",
        $"\"{TenThousandChars}\"",
        "\"Ann\\u0000e\"",
        "\"\\uD800\"",
        "\"a\\uDC00b\"",
        "\"\\u202Eenna\\u202C\"",
        "\"\\u200F\\u05D0\\u05D1\"",
        "\"👩‍👩‍👧‍👦🏳️‍🌈\"",
        "\"O'Brien\\\"; DROP TABLE x; --\"",
        "\"zzz-unknown\"",
    ];

    public static readonly IReadOnlyList<string> Numbers =
    [
        "2147483647", "-2147483648", "2147483648", "-1", "0", "1e308", "-1e308", "1.5", "9223372036854775808", "1e999",
    ];

    public static readonly IReadOnlyList<string> Dates =
    [
        "\"0001-01-01\"", "\"9999-12-31\"", "\"2023-02-29\"", "\"2024-13-01\"", "\"0000-00-00\"", "\"31/12/2024\"", "\"2024-01-01T25:61:00Z\"", "\"-0001-01-01\"",
    ];

    public static readonly IReadOnlyList<string> OtherJson = ["true", "null", "[]", "{}", "[1,2]", "{\"a\":{\"b\":{}}}"];

    public static readonly IReadOnlyList<string> AnyJson = [.. Strings, .. Numbers, .. Dates, .. OtherJson];

    /// <summary>Whole bodies that are not the JSON the endpoint expects.</summary>
    public static readonly IReadOnlyList<string> MalformedBodies =
    [
        "",
        "{",
        "[]",
        "null",
        "\"text\"",
        "42",
        "{\"child\":",
        "{'child':1}",
        "{\"a\":1,}",
        "\uFEFF{}",
        new string('[', 1000) + new string(']', 1000),
        "{\"child\":{},\"child\":{}}",
        "{\"a\":\"\\uD800\"}",
    ];

    /// <summary>Query values, already percent-encoded (a lone surrogate cannot be encoded by Uri.EscapeDataString).</summary>
    public static readonly IReadOnlyList<string> QueryIntegers = ["2147483647", "-1", "0", "-2147483648", "2147483648", "abc", "1e308", "", "1.5"];

    public static readonly IReadOnlyList<string> QueryStrings =
        ["a%00b", "%ED%A0%80", "%E2%80%AEx", "%F0%9F%91%A9", "zzz-unknown", "", Uri.EscapeDataString(TenThousandChars[..2000]), "%27%3B--"];

    public static readonly IReadOnlyList<string> QueryDates = ["0001-01-01", "9999-12-31", "2024-02-30", "not-a-date"];

    // No NUL here: Kestrel refuses a path with an encoded NUL before any application code runs (a bare 400).
    public static readonly IReadOnlyList<string> PathIds = ["00000000-0000-0000-0000-000000000000", "not-a-guid", "-1", "ffffffff-ffff-ffff-ffff-ffffffffffff"];

    public static readonly IReadOnlyList<string> IfMatch = ["\"1\"", "*", "W/\"1\"", "\"abc\"", "garbage", "\"99999999999999999999\"", "\"-1\"", "\"\"", "\"1\", \"2\""];

    /// <summary>The values most likely to break a field of this kind, tried on every such field.</summary>
    public static IReadOnlyList<string> WorstFor(BodyLeafKind kind) => kind switch
    {
        BodyLeafKind.Date => ["\"0001-01-01\"", "\"9999-12-31\""],
        BodyLeafKind.Text => ["\"Ann\\u0000e\"", $"\"{TenThousandChars}\""],
        BodyLeafKind.Number => ["2147483647", "-1", "1e308"],
        _ => ["\"zzz-unknown\""],
    };

    public static IReadOnlyList<string> LikelyFor(BodyLeafKind kind) => kind switch
    {
        BodyLeafKind.Date => Dates,
        BodyLeafKind.Text => Strings,
        BodyLeafKind.Number => Numbers,
        _ => OtherJson,
    };

    public static IReadOnlyList<string> QueryValuesFor(FuzzQueryParameter parameter) => (parameter.Type, parameter.Format) switch
    {
        ("integer" or "number", _) => QueryIntegers,
        (_, "date" or "date-time") => QueryDates,
        (_, "uuid") => ["not-a-guid", PathIds[0], QueryStrings[0], QueryStrings[1]],
        ("boolean", _) => ["maybe", "", "1", QueryStrings[0]],
        _ => QueryStrings,
    };
}
