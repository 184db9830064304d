using System.Buffers;
using System.Text;

namespace ChildView.Migration.Input;

/// <summary>
/// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. Reads through a char buffer
/// and keeps the record count as the row number, so a quoted line break does not shift later row numbers.
/// Outside quotes a carriage return is dropped wherever it stands, and a quote only opens a quoted section
/// at the start of a field (elsewhere it is kept as text); an empty unquoted field is null.
/// </summary>
/// <remarks>
/// Scans the buffer a run at a time (up to the next delimiter, quote or line break) rather than a char at a
/// time; a field lying wholly inside the buffer becomes a string straight from it, and only a field that is
/// quoted, holds a carriage return or straddles a buffer refill is assembled in the field buffer.
/// </remarks>
public sealed class CsvLegacyReader : ILegacyReader
{
    private static readonly SearchValues<char> Unquoted = SearchValues.Create(",\n\r\"");

    private readonly Stream _stream;
    private readonly StreamReader _reader;
    private readonly char[] _buffer;
    private char[] _field = new char[256];
    private int _fieldLength;
    private string?[] _record = new string?[16];
    private int _count;
    private int _length;
    private int _at;
    private long _row = 1;

    public CsvLegacyReader(Stream stream)
        : this(stream, 1 << 16)
    {
    }

    /// <summary>With a chosen char buffer size; small sizes let tests put fields across buffer refills.</summary>
    internal CsvLegacyReader(Stream stream, int bufferChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferChars, 1);
        _stream = stream;
        _buffer = new char[bufferChars];
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
        _count = 0;
        _fieldLength = 0;
        var inQuotes = false;
        var quoted = false;
        var any = false;
        while (true)
        {
            if (_at == _length && !Fill())
            {
                if (!any)
                    return null;
                EndField(quoted);
                return TakeRecord();
            }

            any = true;
            var rest = _buffer.AsSpan(_at, _length - _at);
            if (inQuotes)
            {
                var quote = rest.IndexOf('"');
                if (quote < 0)
                {
                    Append(rest);
                    _at = _length;
                    continue;
                }

                Append(rest[..quote]);
                _at += quote + 1;
                if (Peek() == '"')
                {
                    _at++;
                    Append('"');
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            var stop = rest.IndexOfAny(Unquoted);
            if (stop < 0)
            {
                Append(rest);
                _at = _length;
                continue;
            }

            var run = rest[..stop];
            _at += stop + 1;
            switch (rest[stop])
            {
                case '"' when stop == 0 && _fieldLength == 0:
                    inQuotes = quoted = true;
                    break;
                case '"':
                    Append(rest[..(stop + 1)]); // a quote inside an unquoted field is text
                    break;
                case ',':
                    EndField(run, quoted);
                    quoted = false;
                    break;
                case '\r':
                    Append(run);
                    break;
                default: // '\n'
                    EndField(run, quoted);
                    return TakeRecord();
            }
        }
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _at = 0;
        return _length > 0;
    }

    private int Peek()
    {
        if (_at == _length && !Fill())
            return -1;
        return _buffer[_at];
    }

    private void Append(char c)
    {
        if (_fieldLength == _field.Length)
            Array.Resize(ref _field, _field.Length * 2);
        _field[_fieldLength++] = c;
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
            return;
        if (_fieldLength + chars.Length > _field.Length)
            Array.Resize(ref _field, Math.Max(_field.Length * 2, _fieldLength + chars.Length));
        chars.CopyTo(_field.AsSpan(_fieldLength));
        _fieldLength += chars.Length;
    }

    /// <summary>Ends the field whose last chars are <paramref name="tail"/> (still in the read buffer).</summary>
    private void EndField(ReadOnlySpan<char> tail, bool quoted)
    {
        if (_fieldLength == 0)
        {
            Add(tail.IsEmpty && !quoted ? null : new string(tail));
            return;
        }

        Append(tail);
        EndField(quoted);
    }

    private void EndField(bool quoted)
    {
        Add(_fieldLength == 0 && !quoted ? null : new string(_field, 0, _fieldLength));
        _fieldLength = 0;
    }

    private void Add(string? value)
    {
        if (_count == _record.Length)
            Array.Resize(ref _record, _record.Length * 2);
        _record[_count++] = value;
    }

    private string?[] TakeRecord()
    {
        var record = _record.AsSpan(0, _count).ToArray();
        _record.AsSpan(0, _count).Clear(); // hold no strings beyond the record handed out
        return record;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
