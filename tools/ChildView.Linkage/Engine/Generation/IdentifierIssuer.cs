using System.Globalization;
using ChildView.Contracts.Identifiers;

namespace ChildView.Linkage.Generation;

/// <summary>
/// Issues each person an NHS number and each child a UPN, both with valid check characters and never
/// issued twice. Numbers are spread over the range (not counted up) so that neither says who was
/// generated next to whom.
/// </summary>
public static class IdentifierIssuer
{
    private const long NhsRange = 500_000_000;

    /// <summary>An NHS number unique to <paramref name="personId"/>: 9 scattered digits and the mod-11 check digit.</summary>
    public static string NhsNumberFor(int personId)
    {
        // 11 candidates per person, a bijection from (person, candidate) onto the range: unique by construction.
        for (var candidate = 0; ; candidate++)
        {
            var slot = ((long)personId * 11 + candidate) % NhsRange;
            var body = (400_000_000 + slot * 48_271 % NhsRange).ToString(CultureInfo.InvariantCulture);
            if (NhsNumber.CheckDigitFor(body) is { } check)
                return body + check.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// A UPN as a school issues it: local authority 830 (Derbyshire), a school number, the two-digit year
    /// the child started school and a serial; unique to <paramref name="personId"/> below 7,999,000 people.
    /// </summary>
    public static string UpnFor(int personId, int yearOfEntry)
    {
        var school = 2001 + personId / 1000 % 7999;
        var serial = personId % 1000;
        var body = string.Create(CultureInfo.InvariantCulture, $"830{school:D4}{yearOfEntry % 100:D2}{serial:D3}");
        return UniquePupilNumber.CheckLetterFor(body) + body;
    }
}
