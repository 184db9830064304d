namespace ChildView.Contracts.Identifiers;

/// <summary>
/// NHS number: ten digits, the last a modulus-11 check digit over the first nine weighted 10..2.
/// A remainder giving check value 10 means no valid number has those nine digits.
/// </summary>
public static class NhsNumber
{
    public static bool IsValid(string? nhsNumber)
    {
        var digits = Normalise(nhsNumber);
        if (digits is null || digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var check = CheckDigitFor(digits.AsSpan(0, 9));
        return check is not null && check == digits[9] - '0';
    }

    /// <summary>The check digit for nine leading digits, or null when none exists.</summary>
    public static int? CheckDigitFor(ReadOnlySpan<char> nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nineDigits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }

    /// <summary>Strips the spaces people type ("943 476 5919").</summary>
    public static string? Normalise(string? nhsNumber) =>
        string.IsNullOrWhiteSpace(nhsNumber) ? null : nhsNumber.Replace(" ", "", StringComparison.Ordinal).Trim();
}
