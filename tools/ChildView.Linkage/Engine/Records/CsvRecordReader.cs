namespace ChildView.Linkage.Records;

/// <summary>
/// Reads person records from a header-first CSV. Deliberately small: handles quoted fields, CRLF or LF
/// endings, a missing final newline and the space FEBRL puts after every comma (values are trimmed).
/// </summary>
public static class CsvRecordReader
{
    public static IReadOnlyList<PersonRecord> ReadFile(string path, ColumnMapping mapping) =>
        Read(File.ReadLines(path), mapping);

    public static IReadOnlyList<PersonRecord> Read(IEnumerable<string> lines, ColumnMapping mapping)
    {
        using var enumerator = lines.GetEnumerator();
        if (!enumerator.MoveNext())
            return [];
        var header = SplitLine(enumerator.Current);
        var columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.OrdinalIgnoreCase);

        string? Column(string? name, string[] fields) =>
            name is not null && columns.TryGetValue(name, out var at) && at < fields.Length && fields[at].Length > 0 ? fields[at] : null;

        if (!columns.ContainsKey(mapping.Id))
            throw new InvalidDataException($"id column '{mapping.Id}' not in header: {string.Join(", ", header)}");

        var records = new List<PersonRecord>();
        while (enumerator.MoveNext())
        {
            if (enumerator.Current.Trim().Length == 0)
                continue;
            var fields = SplitLine(enumerator.Current);
            var dob = Column(mapping.DateOfBirth, fields) is { } whole
                ? DateParser.Parse(whole)
                : DateParser.FromParts(Column(mapping.DobDay, fields), Column(mapping.DobMonth, fields), Column(mapping.DobYear, fields));
            records.Add(new PersonRecord(
                Id: Column(mapping.Id, fields) ?? $"row-{records.Count + 1}",
                GivenName: FieldNormaliser.Text(Column(mapping.GivenName, fields)),
                Surname: FieldNormaliser.Text(Column(mapping.Surname, fields)),
                DateOfBirth: dob,
                Sex: FieldNormaliser.Text(Column(mapping.Sex, fields)),
                Postcode: FieldNormaliser.Postcode(Column(mapping.Postcode, fields)),
                Address: new Address(
                    FieldNormaliser.Text(Column(mapping.StreetNumber, fields)),
                    FieldNormaliser.Text(Column(mapping.Street, fields)),
                    FieldNormaliser.Text(Column(mapping.Locality, fields)),
                    FieldNormaliser.Text(Column(mapping.Town, fields))),
                StrongId: FieldNormaliser.Identifier(Column(mapping.StrongId, fields))));
        }
        return records;
    }

    /// <summary>Splits one CSV line; fields are trimmed, quotes removed, doubled quotes unescaped.</summary>
    public static string[] SplitLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString().Trim()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString().Trim());
        return [.. fields];
    }
}
