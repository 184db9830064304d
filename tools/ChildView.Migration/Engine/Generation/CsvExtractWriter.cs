using System.Text;

namespace ChildView.Migration.Generation;

public sealed class CsvExtractWriter(string path) : IExtractWriter
{
    private readonly StreamWriter _writer = new(path, append: false, new UTF8Encoding(false), 1 << 16);

    public void WriteRow(IReadOnlyList<string?> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
                _writer.Write(',');
            var value = values[i];
            if (value is null)
                continue;
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                _writer.Write($"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            else
                _writer.Write(value);
        }

        _writer.Write('\n');
    }

    public void Dispose() => _writer.Dispose();
}
