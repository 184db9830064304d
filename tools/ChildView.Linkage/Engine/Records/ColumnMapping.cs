namespace ChildView.Linkage.Records;

/// <summary>
/// Which CSV column feeds which person field. An explicit mapping ("given=fname_c1,family=lname_c1,...")
/// reads exactly the fields it names, and every column it names must be in the file: two sources rarely
/// share column names, so silently falling back to another source's names would hide a typo.
/// <see cref="Default"/> is FEBRL's layout, read where the file has the columns.
/// </summary>
public sealed record ColumnMapping
{
    /// <summary>The mapping keys, as written in "key=column" pairs and mapping files, with what each feeds.</summary>
    public static IReadOnlyList<(string Key, string Meaning)> Keys { get; } =
    [
        ("id", "record id (default: the row number)"),
        ("given", "given name(s)"),
        ("family", "family name"),
        ("dob", "whole date of birth: yyyymmdd, yyyy-mm-dd or dd/mm/yyyy"),
        ("dob_day", "day of birth (with dob_month, dob_year when the date is split)"),
        ("dob_month", "month of birth"),
        ("dob_year", "year of birth"),
        ("sex", "sex or gender"),
        ("postcode", "postcode"),
        ("street_number", "house number"),
        ("street", "first address line"),
        ("locality", "second address line"),
        ("town", "town or city"),
        ("strong_id", "NHS number, UPN or another checked id (see --id-check)"),
        ("truth", "known entity id, only to score the result (never used to link)"),
    ];

    public string? Id { get; init; }
    public string? GivenName { get; init; }
    public string? Surname { get; init; }
    public string? DateOfBirth { get; init; }
    public string? DobDay { get; init; }
    public string? DobMonth { get; init; }
    public string? DobYear { get; init; }
    public string? Sex { get; init; }
    public string? Postcode { get; init; }
    public string? StreetNumber { get; init; }
    public string? Street { get; init; }
    public string? Locality { get; init; }
    public string? Town { get; init; }
    public string? StrongId { get; init; }
    public string? Truth { get; init; }

    /// <summary>Columns other than the id may be absent: the default is a guess at the layout, not a claim about the file.</summary>
    public bool ColumnsOptional { get; init; }

    /// <summary>
    /// FEBRL's column names, plus the split date of birth that <c>generate</c> writes, so both read
    /// without a mapping. The id column is still required: without it links could not be traced back.
    /// </summary>
    public static ColumnMapping Default { get; } = new()
    {
        Id = "rec_id",
        GivenName = "given_name",
        Surname = "surname",
        DateOfBirth = "date_of_birth",
        DobDay = "dob_day",
        DobMonth = "dob_month",
        DobYear = "dob_year",
        Sex = "sex",
        Postcode = "postcode",
        StreetNumber = "street_number",
        Street = "address_1",
        Locality = "address_2",
        Town = "suburb",
        StrongId = "soc_sec_id",
        ColumnsOptional = true,
    };

    /// <summary>Parses "key=column,key=column" (see <see cref="Keys"/>).</summary>
    public static ColumnMapping Parse(string assignments)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var assignment in assignments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = assignment.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                throw new ColumnMappingException($"'{assignment}' is not key=column");
            pairs.Add(new(parts[0], parts[1]));
        }
        return FromPairs(pairs);
    }

    /// <summary>Builds a mapping from key → column pairs; unknown or repeated keys are refused so typos surface.</summary>
    public static ColumnMapping FromPairs(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var mapping = new ColumnMapping();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, column) in pairs)
        {
            var canonical = Canonical(key);
            if (!seen.Add(canonical))
                throw new ColumnMappingException($"key '{canonical}' is mapped twice");
            mapping = mapping.With(canonical, column.Trim());
        }
        if (seen.Count == 0)
            throw new ColumnMappingException("the mapping names no columns");
        return mapping;
    }

    private static string Canonical(string key) => key.Trim().ToLowerInvariant();

    private ColumnMapping With(string key, string column) => key switch
    {
        "id" => this with { Id = column },
        "given" => this with { GivenName = column },
        "family" => this with { Surname = column },
        "dob" => this with { DateOfBirth = column },
        "dob_day" => this with { DobDay = column },
        "dob_month" => this with { DobMonth = column },
        "dob_year" => this with { DobYear = column },
        "sex" => this with { Sex = column },
        "postcode" => this with { Postcode = column },
        "street_number" => this with { StreetNumber = column },
        "street" => this with { Street = column },
        "locality" => this with { Locality = column },
        "town" => this with { Town = column },
        "strong_id" => this with { StrongId = column },
        "truth" => this with { Truth = column },
        _ => throw new ColumnMappingException($"unknown mapping key '{key}' (keys: {string.Join(", ", Keys.Select(k => k.Key))})"),
    };
}
