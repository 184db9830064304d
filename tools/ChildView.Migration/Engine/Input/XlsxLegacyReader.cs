using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChildView.Migration.Input;

/// <summary>
/// The first worksheet of an .xlsx workbook, read row by row with the SAX reader (the sheet is never loaded
/// whole). Shared strings are loaded once; cells formatted as dates are handed over as ISO dates (yyyy-MM-dd).
/// Row numbers are the sheet's own.
/// </summary>
public sealed class XlsxLegacyReader : ILegacyReader
{
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 22, 27, 30, 36, 50, 57];

    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly string[] _sharedStrings;
    private readonly HashSet<uint> _dateStyles;
    private readonly long _length;

    public XlsxLegacyReader(string path)
    {
        _length = new FileInfo(path).Length;
        _document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = _document.WorkbookPart ?? throw new MigrationInputException("the workbook has no workbook part");
        var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new MigrationInputException("the workbook has no worksheet");
        var sheetPart = (WorksheetPart)workbook.GetPartById(firstSheet.Id!.Value!);
        _sharedStrings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        _dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
        _reader = OpenXmlReader.Create(sheetPart);
        if (!TryReadRow(out _, out var header))
            throw new MigrationInputException("the worksheet is empty: a header row is expected");
        Header = new LegacyHeader(header.Select(h => h ?? "").ToArray());
    }

    public LegacyHeader Header { get; }

    /// <summary>The package is compressed and read by parts, so progress by bytes is not available.</summary>
    public long Position => 0;

    public long Length => 0;

    public bool TryRead(out long rowNumber, out string?[] values)
    {
        while (TryReadRow(out rowNumber, out values))
        {
            if (values.Any(v => v is not null))
                return true;
        }

        return false;
    }

    private bool TryReadRow(out long rowNumber, out string?[] values)
    {
        while (_reader.Read())
        {
            if (_reader.ElementType != typeof(Row) || !_reader.IsStartElement)
                continue;
            var row = (Row)_reader.LoadCurrentElement()!;
            rowNumber = row.RowIndex?.Value ?? 0;
            var cells = new List<string?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column)
                    cells.Add(null);
                cells.Add(ValueOf(cell));
            }

            values = [.. cells];
            return true;
        }

        rowNumber = 0;
        values = [];
        return false;
    }

    private string? ValueOf(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
            return cell.InlineString?.InnerText;
        var text = cell.CellValue?.Text;
        if (text is null)
            return null;
        if (type == CellValues.SharedString)
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Length ? _sharedStrings[index] : null;
        if (type == CellValues.Boolean)
            return text == "1" ? "TRUE" : "FALSE";
        if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style && _dateStyles.Contains(style)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return text;
    }

    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var result = new HashSet<uint>();
        if (styles?.CellFormats is null)
            return result;
        var customDates = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && code.Contains('d', StringComparison.OrdinalIgnoreCase) && code.Contains('y', StringComparison.OrdinalIgnoreCase))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        uint index = 0;
        foreach (var format in styles.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (BuiltInDateFormats.Contains(id) || customDates.Contains(id))
                result.Add(index);
            index++;
        }

        return result;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
            return null;
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
                break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _document.Dispose();
    }
}
