using ChildView.Linkage.Records;

namespace ChildView.Linkage.Decision;

/// <summary>
/// The birth years recorded at each address (postcode and house number; street and number without a
/// postcode), overall and per given name: whether a dated person is the older generation of their home
/// (a generation's gap separates them from the younger people there), and whether a given name there
/// belongs to a child as well.
/// </summary>
public sealed class HouseholdContext
{
    public const int GenerationYears = 15;

    /// <summary>Per address, the last birth year of its older generation; null when its dated people are one generation.</summary>
    private readonly Dictionary<string, int?> olderGenerationUntil = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Household, string Name), int> youngestNamed = [];

    public static HouseholdContext Of(IEnumerable<PersonRecord> records)
    {
        var context = new HouseholdContext();
        var years = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (record.DateOfBirth.Year is not { } year || KeyOf(record) is not { } key)
                continue;
            if (!years.TryGetValue(key, out var list))
                years[key] = list = [];
            list.Add(year);
            if (record.GivenName is { } name)
                context.youngestNamed[(key, name)] = Math.Max(year, context.youngestNamed.GetValueOrDefault((key, name), int.MinValue));
        }
        foreach (var (key, list) in years)
            context.olderGenerationUntil[key] = GenerationBreak(list);
        return context;
    }

    // Brothers and sisters are born a few years apart, and so are partners, but a family can span more than a
    // generation in all (five children five years apart): the generations part where consecutive birth years
    // leave a gap of a generation.
    private static int? GenerationBreak(List<int> years)
    {
        years.Sort();
        int? until = null;
        for (var i = 1; i < years.Count; i++)
        {
            if (years[i] - years[i - 1] >= GenerationYears)
                until = years[i - 1];
        }
        return until;
    }

    public static string? KeyOf(PersonRecord record) =>
        record.Address.StreetNumber is not { } number ? null
        : record.Postcode is { } postcode ? $"{postcode}|{number}"
        : record.Address.Street is { } street ? $"{street}|{number}"
        : null;

    public bool HasDatedMembers(string household) => olderGenerationUntil.ContainsKey(household);

    /// <summary>The address holds a younger generation, and <paramref name="birthYear"/> is of the one before it.</summary>
    public bool IsOlderGeneration(string household, int birthYear) =>
        olderGenerationUntil.TryGetValue(household, out var until) && until is { } year && birthYear <= year;

    public bool HasNamesakeBornAfter(string household, string name, int birthYear) =>
        youngestNamed.TryGetValue((household, name), out var year) && year - birthYear >= GenerationYears;

    /// <summary>A dated record of that name at the address is (or may be, the address showing one generation only) a child.</summary>
    public bool HasNamesakeChild(string household, string name) =>
        youngestNamed.TryGetValue((household, name), out var year) && !IsOlderGeneration(household, year);
}
