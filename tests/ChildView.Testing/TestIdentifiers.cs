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

    public static object Child(string? upn = null, string? nhsNumber = null, string givenName = "Test", string familyName = "Child", string dateOfBirth = "2012-03-04") => new
    {
        localId = Guid.NewGuid().ToString("N"),
        givenName,
        familyName,
        dateOfBirth,
        sex = "F",
        upn,
        nhsNumber,
        address = new { line1 = "1 Test Street", town = "Matlock", postcode = "DE4 3AB" },
    };
}
