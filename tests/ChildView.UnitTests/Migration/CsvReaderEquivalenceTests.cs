using System.Text;
using ChildView.Migration.Input;

namespace ChildView.UnitTests.Migration;

/// <summary>
/// The span-scanning CSV reader against the char-at-a-time reader it replaced (kept here as the reference),
/// on hand-picked and random text, with read buffers small enough to put every field across a refill.
/// </summary>
public sealed class CsvReaderEquivalenceTests
{
    /// <summary>The previous reader's state machine, one char at a time.</summary>
    private sealed class ReferenceReader
    {
        private readonly TextReader _reader;
        private readonly StringBuilder _field = new();
        private readonly List<string?> _record = [];
        private long _row = 1;

        public ReferenceReader(string text)
        {
            _reader = new StringReader(text);
            Header = ReadRecord();
        }

        public string?[]? Header { get; }

        public bool TryRead(out long rowNumber, out string?[] values)
        {
            while (true)
            {
                var record = ReadRecord();
                if (record is null)
                {
                    (rowNumber, values) = (0, []);
                    return false;
                }

                _row++;
                if (record.Length == 1 && record[0] is null)
                    continue;
                (rowNumber, values) = (_row, record);
                return true;
            }
        }

        private string?[]? ReadRecord()
        {
            _record.Clear();
            _field.Clear();
            bool inQuotes = false, quoted = false, any = false;
            while (true)
            {
                var next = _reader.Read();
                if (next < 0)
                {
                    if (!any)
                        return null;
                    EndField(quoted);
                    return [.. _record];
                }

                var c = (char)next;
                any = true;
                if (inQuotes)
                {
                    if (c != '"')
                        _field.Append(c);
                    else if (_reader.Peek() == '"')
                        _field.Append((char)_reader.Read());
                    else
                        inQuotes = false;
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

        private void EndField(bool quoted)
        {
            _record.Add(_field.Length == 0 && !quoted ? null : _field.ToString());
            _field.Clear();
        }
    }

    private static List<(long Row, string?[] Values)> ReadAll(ILegacyReader reader)
    {
        var rows = new List<(long, string?[])>();
        while (reader.TryRead(out var row, out var values))
            rows.Add((row, values));
        return rows;
    }

    private static void SameAsReference(string text, int bufferChars)
    {
        var reference = new ReferenceReader(text);
        var expected = new List<(long Row, string?[] Values)>();
        while (reference.TryRead(out var row, out var values))
            expected.Add((row, values));

        using var reader = new CsvLegacyReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), bufferChars);
        Assert.Equal(reference.Header!.Select(h => h ?? ""), reader.Header.Names);
        var actual = ReadAll(reader);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Row, actual[i].Row);
            Assert.Equal(expected[i].Values, actual[i].Values);
        }
    }

    public static TheoryData<string> Texts() =>
    [
        "Id,Name,Note\r\n1,\"Smith, Jo\",\"said \"\"hi\"\"\"\r\n\r\n2,Lee,\"two\nlines\"\n3,,\n",
        "a,b\n\"\",\"\"\n,\n\"x\"y,z\"w\n",
        "a,b\nx\ry,\r\n\r\n\r\n\"\"\r\"q\",2\n",
        "a\n\"unterminated,field\nstill\"\"going",
        "a,b\n1,2",
        "a,b\n\"\"\"\",\"\"\"x\"\"\"\n",
        "h\n\"a\"\"\n",
        "only,a,header",
        "Id,Name\n1,Zoë\n2,\"Łukasz, \u2603\"\n",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Hand_picked_text_is_read_as_the_reference_reads_it(string text)
    {
        foreach (var bufferChars in new[] { 1, 2, 3, 4, 5, 7, 16, 1 << 16 })
            SameAsReference(text, bufferChars);
    }

    [Fact]
    public void Random_text_is_read_as_the_reference_reads_it_whatever_the_buffer_size()
    {
        var random = new Random(4180);
        const string alphabet = "ab ,,\"\"\r\n\nxé";
        for (var i = 0; i < 400; i++)
        {
            var chars = new char[random.Next(1, 400)];
            for (var c = 0; c < chars.Length; c++)
                chars[c] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            SameAsReference(text, random.Next(1, 40));
            SameAsReference(text, 1 << 16);
        }
    }

    [Fact]
    public void A_quoted_field_with_commas_quotes_and_line_breaks_may_straddle_buffer_refills()
    {
        const string text = "Id,Note,Last\n1,\"a, \"\"quoted\"\"\r\nnote\",end\n2,plain text here,\"\"\n";
        for (var bufferChars = 1; bufferChars <= text.Length + 1; bufferChars++)
        {
            using var reader = new CsvLegacyReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), bufferChars);
            var rows = ReadAll(reader);
            Assert.Equal(2, rows.Count);
            Assert.Equal([2L, 3L], rows.Select(r => r.Row));
            Assert.Equal(new string?[] { "1", "a, \"quoted\"\r\nnote", "end" }, rows[0].Values);
            Assert.Equal(new string?[] { "2", "plain text here", "" }, rows[1].Values);
        }
    }

    [Fact]
    public void Outside_quotes_a_carriage_return_is_dropped_and_a_quote_after_text_is_kept()
    {
        using var reader = new CsvLegacyReader(new MemoryStream("A,B,C\nx\ry,say \"hi\",\r\n"u8.ToArray()));
        var row = Assert.Single(ReadAll(reader));
        Assert.Equal(new string?[] { "xy", "say \"hi\"", null }, row.Values);
    }

    [Fact]
    public void A_long_file_reads_every_field_across_many_refills()
    {
        var text = new StringBuilder("Key,Name,Note\n");
        for (var i = 0; i < 20_000; i++)
            text.Append(i).Append(i % 3 == 0 ? ",\"Smith, J\"," : ",Jones,").Append(i % 5 == 0 ? "\"multi\nline\"" : "").Append('\n');
        using var reader = new CsvLegacyReader(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));
        var rows = ReadAll(reader);
        Assert.Equal(20_000, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(i + 2L, rows[i].Row);
            Assert.Equal(new string?[] { i.ToString(System.Globalization.CultureInfo.InvariantCulture), i % 3 == 0 ? "Smith, J" : "Jones", i % 5 == 0 ? "multi\nline" : null }, rows[i].Values);
        }
    }
}
