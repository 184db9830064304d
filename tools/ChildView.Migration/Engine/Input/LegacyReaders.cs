namespace ChildView.Migration.Input;

public static class LegacyReaders
{
    /// <summary>Opens a legacy export by its extension: .csv (or .txt) or .xlsx.</summary>
    public static ILegacyReader Open(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" or ".txt" => CsvLegacyReader.Open(path),
        ".xlsx" => new XlsxLegacyReader(path),
        var other => throw new MigrationInputException($"'{other}' files are not supported: export the source as .csv or .xlsx"),
    };
}
