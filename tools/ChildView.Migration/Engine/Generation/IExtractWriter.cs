namespace ChildView.Migration.Generation;

/// <summary>Where generated legacy rows go: a CSV file or a spreadsheet.</summary>
public interface IExtractWriter : IDisposable
{
    void WriteRow(IReadOnlyList<string?> values);

    public static IExtractWriter Create(string path, IReadOnlyList<int>? dateColumns = null) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => new XlsxExtractWriter(path, dateColumns ?? []),
        _ => new CsvExtractWriter(path),
    };
}
