using System.Text;

namespace ChildView.Migration.Input;

/// <summary>
/// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. Reads through a char buffer
/// and keeps the record count as the row number, so a quoted line break does not shift later row numbers.
/// </summary>
public sealed class CsvLegacyReader : ILegacyReader
{
    private readonly Stream _stream;
    private readonly StreamReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private readonly List<string?> _record = [];
    private int _length;
    private int _at;
    private long _row = 1;

    public CsvLegacyReader(Stream stream)
    {
        _stream = stream;
        _reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var header = ReadRecord() ?? throw new MigrationInputException("the file is empty: a header row is expected");
        Header = new LegacyHeader(header.Select(h => h ?? "").ToArray());
    }

    public static CsvLegacyReader Open(string path) => new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));

    public LegacyHeader Header { get; }

    public long Position => _stream.CanSeek ? _stream.Position : 0;

    public long Length => _stream.CanSeek ? _stream.Length : 0;

    public bool TryRead(out long rowNumber, out string?[] values)
    {
        while (true)
        {
            var record = ReadRecord();
            if (record is null)
            {
                rowNumber = 0;
                values = [];
                return false;
            }

            _row++;
            if (record.Length == 1 && record[0] is null)
                continue; // a blank line is not a row

            rowNumber = _row;
            values = record;
            return true;
        }
    }

    private string?[]? ReadRecord()
    {
        _record.Clear();
        _field.Clear();
        var inQuotes = false;
        var quoted = false;
        var any = false;
        while (true)
        {
            if (_at == _length)
            {
                _length = _reader.Read(_buffer, 0, _buffer.Length);
                _at = 0;
                if (_length == 0)
                {
                    if (!any)
                        return null;
                    EndField(quoted);
                    return [.. _record];
                }
            }

            var c = _buffer[_at++];
            any = true;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        _at++;
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    _field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when _field.Length == 0:
                    inQuotes = quoted = true;
                    break;
                case ',':
                    EndField(quoted);
                    quoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndField(quoted);
                    return [.. _record];
                default:
                    _field.Append(c);
                    break;
            }
        }
    }

    private int Peek()
    {
        if (_at == _length)
        {
            _length = _reader.Read(_buffer, 0, _buffer.Length);
            _at = 0;
            if (_length == 0)
                return -1;
        }

        return _buffer[_at];
    }

    private void EndField(bool quoted)
    {
        _record.Add(_field.Length == 0 && !quoted ? null : _field.ToString());
        _field.Clear();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
