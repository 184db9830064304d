using ChildView.Linkage.Records;

namespace ChildView.Linkage.Decision;

/// <summary>
/// The birth years recorded at each address (postcode and house number; street and number without a
/// postcode), overall and per given name: whether a dated person is the older generation of their home,
/// and whether a given name there belongs to a child as well.
/// </summary>
public sealed class HouseholdContext
{
    public const int GenerationYears = 15;

    private readonly Dictionary<string, int> youngest = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Household, string Name), int> youngestNamed = [];

    public static HouseholdContext Of(IEnumerable<PersonRecord> records)
    {
        var context = new HouseholdContext();
        foreach (var record in records)
        {
            if (record.DateOfBirth.Year is not { } year || KeyOf(record) is not { } key)
                continue;
            context.youngest[key] = Math.Max(year, context.youngest.GetValueOrDefault(key, int.MinValue));
            if (record.GivenName is { } name)
                context.youngestNamed[(key, name)] = Math.Max(year, context.youngestNamed.GetValueOrDefault((key, name), int.MinValue));
        }
        return context;
    }

    public static string? KeyOf(PersonRecord record) =>
        record.Address.StreetNumber is not { } number ? null
        : record.Postcode is { } postcode ? $"{postcode}|{number}"
        : record.Address.Street is { } street ? $"{street}|{number}"
        : null;

    public bool HasDatedMembers(string household) => youngest.ContainsKey(household);

    /// <summary>Someone recorded at the address was born a generation after <paramref name="birthYear"/>.</summary>
    public bool IsOlderGeneration(string household, int birthYear) =>
        youngest.TryGetValue(household, out var year) && year - birthYear >= GenerationYears;

    public bool HasNamesakeBornAfter(string household, string name, int birthYear) =>
        youngestNamed.TryGetValue((household, name), out var year) && year - birthYear >= GenerationYears;

    /// <summary>A dated record of that name at the address is of the household's youngest generation.</summary>
    public bool HasNamesakeChild(string household, string name) =>
        youngestNamed.TryGetValue((household, name), out var year) && youngest[household] - year < GenerationYears;
}
