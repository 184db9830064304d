using System.Text;
using ChildView.Migration.Validation;

namespace ChildView.Migration.Pipeline;

/// <summary>The rejects file: one CSV line per failing field of a rejected row (row, source key, field, reason, value).</summary>
public sealed class RejectsWriter : IDisposable
{
    private readonly StreamWriter _writer;

    public RejectsWriter(string path)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        _writer.WriteLine("row,source_key,field,reason,value");
    }

    public void Write(Rejection rejection) =>
        _writer.WriteLine($"{rejection.Row},{Quote(rejection.SourceKey)},{Quote(rejection.Field)},{Quote(rejection.Reason)},{Quote(rejection.Value)}");

    /// <summary>A CSV field, quoted only when it has to be.</summary>
    public static string Quote(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    public void Dispose() => _writer.Dispose();
}
