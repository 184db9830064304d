using CsvHelper;

namespace ChildView.Linkage.Records;

/// <summary>
/// Reads person records from a header-first CSV (RFC 4180: quoted fields may hold commas, doubled quotes and
/// line breaks; a byte order mark and CRLF endings are fine). Values are trimmed, as FEBRL puts a space
/// after every comma; header names match ignoring case and surrounding spaces.
/// </summary>
public static class CsvRecordReader
{
    public static IReadOnlyList<PersonRecord> ReadFile(string path, ColumnMapping mapping) =>
        ReadTable(path, mapping).Records;

    /// <param name="missingValues">Values that mean "not known" besides an empty field, such as R's NA.</param>
    public static PersonTable ReadTable(string path, ColumnMapping mapping, IReadOnlyList<string>? missingValues = null)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: no such file", path);
        using var csv = CsvReader.FromFile(path, Options(missingValues));
        return Read(csv, mapping, path);
    }

    /// <summary>Reads CSV text already in memory; <paramref name="source"/> names it in errors.</summary>
    public static PersonTable ReadText(string text, ColumnMapping mapping, string source = "csv", IReadOnlyList<string>? missingValues = null)
    {
        using var csv = CsvReader.FromText(text, Options(missingValues));
        return Read(csv, mapping, source);
    }

    private static CsvReaderOptions Options(IReadOnlyList<string>? missingValues) => CsvReaderOptions.Default with
    {
        Separator = ',',
        TrimWhitespace = true,
        NullValues = ["", .. missingValues ?? []],
    };

    private static PersonTable Read(CsvReader csv, ColumnMapping mapping, string source)
    {
        var header = csv.Headers;
        if (header.Count == 0)
            throw new InvalidDataException($"{source}: the file is empty; a header row is expected");
        var columns = new MappedColumns(mapping, header, source);

        var records = new List<PersonRecord>();
        List<string?>? truth = mapping.Truth is null ? null : [];
        while (csv.Read())
        {
            string? Field(int index) => index >= 0 ? csv.GetStringOrNull(index) : null;

            var dob = Field(columns.DateOfBirth) is { } whole
                ? DateParser.Parse(whole)
                : DateParser.FromParts(Field(columns.DobDay), Field(columns.DobMonth), Field(columns.DobYear));
            records.Add(new PersonRecord(
                Id: Field(columns.Id) ?? $"row-{csv.RowNumber}",
                GivenName: FieldNormaliser.Text(Field(columns.GivenName)),
                Surname: FieldNormaliser.Text(Field(columns.Surname)),
                DateOfBirth: dob,
                Sex: FieldNormaliser.Text(Field(columns.Sex)),
                Postcode: FieldNormaliser.Postcode(Field(columns.Postcode)),
                Address: new Address(
                    FieldNormaliser.Text(Field(columns.StreetNumber)),
                    FieldNormaliser.Text(Field(columns.Street)),
                    FieldNormaliser.Text(Field(columns.Locality)),
                    FieldNormaliser.Text(Field(columns.Town))),
                StrongId: FieldNormaliser.Identifier(Field(columns.StrongId))));
            truth?.Add(Field(columns.Truth));
        }
        return new PersonTable(source, records, truth);
    }
}
