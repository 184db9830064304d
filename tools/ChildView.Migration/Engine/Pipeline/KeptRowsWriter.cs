using System.Globalization;
using System.Text;

namespace ChildView.Migration.Pipeline;

/// <summary>The kept file: the valid rows a rerun did not apply because ChildView had changed their record, in row order.</summary>
public static class KeptRowsWriter
{
    public static string Write(string path, IEnumerable<KeptRow> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine("row,source_key,record_id");
        foreach (var row in rows.OrderBy(r => r.Row))
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Row},{RejectsWriter.Quote(row.SourceKey)},{row.RecordId}"));
        return path;
    }
}
