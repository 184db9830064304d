namespace ChildView.Linkage.Records;

/// <summary>
/// Which CSV column feeds which person field. Defaults follow the FEBRL column names; override any
/// subset with "field=column" pairs (e.g. "given_name=forename,dob=birth_date").
/// </summary>
public sealed record ColumnMapping
{
    public string Id { get; init; } = "rec_id";
    public string GivenName { get; init; } = "given_name";
    public string Surname { get; init; } = "surname";
    public string? DateOfBirth { get; init; } = "date_of_birth";
    public string? DobDay { get; init; }
    public string? DobMonth { get; init; }
    public string? DobYear { get; init; }
    public string? Sex { get; init; } = "sex";
    public string? Postcode { get; init; } = "postcode";
    public string? StreetNumber { get; init; } = "street_number";
    public string? Street { get; init; } = "address_1";
    public string? Locality { get; init; } = "address_2";
    public string? Town { get; init; } = "suburb";
    public string? StrongId { get; init; } = "soc_sec_id";

    public static ColumnMapping Default { get; } = new();

    /// <summary>Applies "field=column,field=column"; unknown field names are rejected so typos surface.</summary>
    public ColumnMapping With(string? assignments)
    {
        var mapping = this;
        if (string.IsNullOrWhiteSpace(assignments))
            return mapping;
        foreach (var assignment in assignments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = assignment.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
                throw new ArgumentException($"mapping '{assignment}' is not field=column");
            mapping = mapping.With(parts[0], parts[1]);
        }
        return mapping;
    }

    public ColumnMapping With(string field, string column) => field.ToLowerInvariant() switch
    {
        "id" => this with { Id = column },
        "given_name" or "given" => this with { GivenName = column },
        "surname" or "family_name" => this with { Surname = column },
        "dob" or "date_of_birth" => this with { DateOfBirth = column },
        "dob_day" => this with { DobDay = column },
        "dob_month" => this with { DobMonth = column },
        "dob_year" => this with { DobYear = column },
        "sex" => this with { Sex = column },
        "postcode" => this with { Postcode = column },
        "street_number" => this with { StreetNumber = column },
        "street" or "address_1" => this with { Street = column },
        "locality" or "address_2" => this with { Locality = column },
        "town" or "suburb" => this with { Town = column },
        "strong_id" or "nhs_number" or "upn" or "soc_sec_id" => this with { StrongId = column },
        _ => throw new ArgumentException($"unknown field '{field}' in column mapping"),
    };
}
