using ChildView.Contracts.Identifiers;

namespace ChildView.Testing;

/// <summary>Fresh checksum-valid identifiers, so every test's children are its own.</summary>
public static class TestIdentifiers
{
    public static string NewUpn()
    {
        var body = $"{Random.Shared.NextInt64(0, 1_000_000_000_000):D12}";
        return UniquePupilNumber.CheckLetterFor(body) + body;
    }

    public static string NewNhsNumber()
    {
        while (true)
        {
            var nine = $"{Random.Shared.Next(100_000_000, 999_999_999):D9}";
            if (NhsNumber.CheckDigitFor(nine) is { } check)
            {
                return nine + check;
            }
        }
    }

    private static readonly string[] GivenNames =
        ["Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Freya", "Arthur", "Lily", "Leo", "Poppy", "Oscar", "Evie", "Harry", "Ivy", "Jack"];

    /// <summary>
    /// A child no other test creates: the profile resolves identities probabilistically, so two tests'
    /// children must differ the way two real children do (names, date of birth), not only by local id;
    /// each lives at an address of its own.
    /// </summary>
    public static object Child(string? upn = null, string? nhsNumber = null, string? givenName = null, string? familyName = null, string? dateOfBirth = null) => new
    {
        localId = Guid.NewGuid().ToString("N"),
        givenName = givenName ?? GivenNames[Random.Shared.Next(GivenNames.Length)],
        familyName = familyName ?? NewFamilyName(),
        dateOfBirth = dateOfBirth ?? new DateOnly(2008, 9, 1).AddDays(Random.Shared.Next(0, 12 * 365)).ToString("yyyy-MM-dd"),
        sex = "F",
        upn,
        nhsNumber,
        address = TestAddresses.New(),
    };

    /// <summary>A surname nobody else has, so no two test children share one by chance.</summary>
    public static string NewFamilyName()
    {
        Span<char> letters = stackalloc char[9];
        letters[0] = (char)('A' + Random.Shared.Next(26));
        for (var i = 1; i < letters.Length; i++)
        {
            letters[i] = (char)('a' + Random.Shared.Next(26));
        }

        return new string(letters);
    }
}
