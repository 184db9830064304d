using System.Text.RegularExpressions;

namespace ChildView.Contracts.Identifiers;

/// <summary>
/// DfE Unique Pupil Number: a check letter followed by 12 characters. The check letter is the
/// weighted sum (weights 2..13) of positions 2..13 mod 23, mapped onto an alphabet without I, O and S.
/// A temporary UPN ends in a letter, which counts as its index in the same alphabet.
/// </summary>
public static partial class UniquePupilNumber
{
    private const string CheckAlphabet = "ABCDEFGHJKLMNPQRTUVWXYZ";

    [GeneratedRegex("^[A-HJ-NP-RT-Z](\\d{12}|\\d{11}[A-HJ-NP-RT-Z])$")]
    private static partial Regex Format();

    public static bool IsValid(string? upn)
    {
        if (upn is null || !Format().IsMatch(upn))
        {
            return false;
        }

        return upn[0] == CheckLetterFor(upn.AsSpan(1));
    }

    /// <summary>The check letter for the 12 characters that follow it.</summary>
    public static char CheckLetterFor(ReadOnlySpan<char> body)
    {
        if (body.Length != 12)
        {
            throw new ArgumentException("A UPN body has 12 characters.", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var c = body[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : CheckAlphabet.IndexOf(c);
            sum += value * (i + 2);
        }

        return CheckAlphabet[sum % 23];
    }

    public static string? Normalise(string? upn) =>
        string.IsNullOrWhiteSpace(upn) ? null : upn.Trim().ToUpperInvariant();
}
