namespace ChildView.Linkage.Records;

/// <summary>
/// A <see cref="ColumnMapping"/> resolved against one file's header: each field's column index, or -1 when
/// the field is not read. A column the mapping names but the header lacks is an error, except in a mapping
/// whose columns are optional (the default), where only the id column is required.
/// </summary>
internal sealed class MappedColumns
{
    public MappedColumns(ColumnMapping mapping, IReadOnlyList<string> header, string source)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
            index.TryAdd(header[i].Trim(), i);

        int Resolve(string key, string? column)
        {
            if (column is null)
                return -1;
            if (index.TryGetValue(column.Trim(), out var at))
                return at;
            if (mapping.ColumnsOptional && key != "id")
                return -1;
            throw new ColumnMappingException(
                $"{source}: no column '{column}' (mapped to {key}); the header has: {string.Join(", ", header.Select(h => h.Trim()))}");
        }

        Id = Resolve("id", mapping.Id);
        GivenName = Resolve("given", mapping.GivenName);
        Surname = Resolve("family", mapping.Surname);
        DateOfBirth = Resolve("dob", mapping.DateOfBirth);
        DobDay = Resolve("dob_day", mapping.DobDay);
        DobMonth = Resolve("dob_month", mapping.DobMonth);
        DobYear = Resolve("dob_year", mapping.DobYear);
        Sex = Resolve("sex", mapping.Sex);
        Postcode = Resolve("postcode", mapping.Postcode);
        StreetNumber = Resolve("street_number", mapping.StreetNumber);
        Street = Resolve("street", mapping.Street);
        Locality = Resolve("locality", mapping.Locality);
        Town = Resolve("town", mapping.Town);
        StrongId = Resolve("strong_id", mapping.StrongId);
        Truth = Resolve("truth", mapping.Truth);
    }

    public int Id { get; }
    public int GivenName { get; }
    public int Surname { get; }
    public int DateOfBirth { get; }
    public int DobDay { get; }
    public int DobMonth { get; }
    public int DobYear { get; }
    public int Sex { get; }
    public int Postcode { get; }
    public int StreetNumber { get; }
    public int Street { get; }
    public int Locality { get; }
    public int Town { get; }
    public int StrongId { get; }
    public int Truth { get; }
}
