using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChildView.Migration.Generation;

/// <summary>
/// Writes one worksheet with the SAX writer (rows are streamed, not built in memory). Text goes in as inline
/// strings; in the given date columns, values that are ISO dates are written as real spreadsheet dates
/// (serial numbers with a date format), as spreadsheets kept by hand usually hold them.
/// </summary>
public sealed class XlsxExtractWriter : IExtractWriter
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlWriter _writer;
    private readonly HashSet<int> _dateColumns;
    private uint _row;

    public XlsxExtractWriter(string path, IReadOnlyList<int> dateColumns)
    {
        _dateColumns = [.. dateColumns];
        _document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()), new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()), new CellStyleFormats(new CellFormat()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Extract" });
        workbook.Workbook.Save();
        _writer = OpenXmlWriter.Create(sheetPart);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteStartElement(new SheetData());
    }

    public void WriteRow(IReadOnlyList<string?> values)
    {
        _row++;
        _writer.WriteStartElement(new Row { RowIndex = _row });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value)
                continue;
            var reference = ColumnName(i) + _row.ToString(CultureInfo.InvariantCulture);
            if (_row > 1 && _dateColumns.Contains(i) && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                _writer.WriteElement(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture)) });
            }
            else
            {
                _writer.WriteElement(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
            }
        }

        _writer.WriteEndElement();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
            name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    public void Dispose()
    {
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.Close();
        _document.Dispose();
    }
}
