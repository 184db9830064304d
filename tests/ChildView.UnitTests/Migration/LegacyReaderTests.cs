using ChildView.Migration.Generation;
using ChildView.Migration.Input;

namespace ChildView.UnitTests.Migration;

public sealed class LegacyReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("childview-migration-unit-").FullName;

    [Fact]
    public void Csv_fields_may_be_quoted_hold_commas_quotes_and_line_breaks()
    {
        var path = Path.Combine(_folder, "quoted.csv");
        File.WriteAllText(path, "Id,Name,Note\r\n1,\"Smith, Jo\",\"said \"\"hi\"\"\"\r\n\r\n2,Lee,\"two\nlines\"\n3,,\n");

        using var reader = LegacyReaders.Open(path);
        var rows = new List<(long, string?[])>();
        while (reader.TryRead(out var row, out var values))
            rows.Add((row, values));

        Assert.Equal(["Id", "Name", "Note"], reader.Header.Names);
        Assert.Equal(3, rows.Count);
        Assert.Equal(2L, rows[0].Item1);
        Assert.Equal(new string?[] { "1", "Smith, Jo", "said \"hi\"" }, rows[0].Item2);
        Assert.Equal(new string?[] { "2", "Lee", "two\nlines" }, rows[1].Item2);
        Assert.Equal(new string?[] { "3", null, null }, rows[2].Item2);
        Assert.True(rows[1].Item1 < rows[2].Item1);
    }

    [Fact]
    public void Xlsx_rows_stream_with_real_date_cells_handed_over_as_iso_dates()
    {
        var path = Path.Combine(_folder, "sheet.xlsx");
        using (var writer = IExtractWriter.Create(path, [1]))
        {
            writer.WriteRow(["Key", "DOB", "Name"]);
            writer.WriteRow(["K1", "2014-12-10", "Ada"]);
            writer.WriteRow(["K2", null, "Grace, Hopper"]);
            writer.WriteRow(["K3", "31/02/2012", null]);
        }

        using var reader = LegacyReaders.Open(path);
        var rows = new List<(long Row, string?[] Values)>();
        while (reader.TryRead(out var row, out var values))
            rows.Add((row, values));

        Assert.Equal(["Key", "DOB", "Name"], reader.Header.Names);
        Assert.Equal([2L, 3L, 4L], rows.Select(r => r.Row));
        Assert.Equal(new string?[] { "K1", "2014-12-10", "Ada" }, rows[0].Values);
        Assert.Equal(new string?[] { "K2", null, "Grace, Hopper" }, rows[1].Values);
        Assert.Equal(new string?[] { "K3", "31/02/2012" }, rows[2].Values);
    }

    [Fact]
    public void An_unsupported_file_type_is_refused() =>
        Assert.Throws<MigrationInputException>(() => LegacyReaders.Open(Path.Combine(_folder, "extract.xls")));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
