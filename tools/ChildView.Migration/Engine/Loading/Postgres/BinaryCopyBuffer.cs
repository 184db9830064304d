using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using ChildView.Migration.Validation;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// A batch of rows in PostgreSQL's binary COPY format (header, rows of length-prefixed fields, trailer), built
/// in memory off the connection's thread and then streamed by a raw binary COPY. Writing the few types a
/// migration loads directly costs a fraction of a general-purpose importer's per-value work, and lets encoding
/// of the next batch overlap the server's work on this one.
/// </summary>
public sealed class BinaryCopyBuffer : IDisposable
{
    /// <summary>"PGCOPY\n\377\r\n\0": the format's fixed signature.</summary>
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];
    private static readonly DateOnly PostgresEpochDate = new(2000, 1, 1);
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private byte[] _buffer;
    private int _length;

    public BinaryCopyBuffer(int capacity = 1 << 20)
    {
        // Pooled: a batch's buffer is megabytes, and a fresh one per batch would keep the large object heap churning.
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 64));
        Signature.CopyTo(_buffer, 0);
        _length = Signature.Length + 8; // flags and header extension length, both zero
        Array.Clear(_buffer, Signature.Length, 8);
    }

    public int Rows { get; private set; }

    /// <summary>The finished data, trailer included; write nothing after it.</summary>
    public ReadOnlyMemory<byte> Complete()
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);
        return _buffer.AsMemory(0, _length);
    }

    public void StartRow(int fields)
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), checked((short)fields));
        Rows++;
    }

    public void WriteNull() => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), -1);

    public void Write(Guid value)
    {
        var span = Reserve(20);
        BinaryPrimitives.WriteInt32BigEndian(span, 16);
        value.TryWriteBytes(span[4..], bigEndian: true, out _);
    }

    public void Write(string value)
    {
        var span = Reserve(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, written);
        _length -= span.Length - 4 - written; // give back what the worst case reserved
    }

    public void Write(DateOnly value)
    {
        var span = Reserve(8);
        BinaryPrimitives.WriteInt32BigEndian(span, 4);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], value.DayNumber - PostgresEpochDate.DayNumber);
    }

    public void Write(bool value)
    {
        var span = Reserve(5);
        BinaryPrimitives.WriteInt32BigEndian(span, 1);
        span[4] = value ? (byte)1 : (byte)0;
    }

    public void Write(long value)
    {
        var span = Reserve(12);
        BinaryPrimitives.WriteInt32BigEndian(span, 8);
        BinaryPrimitives.WriteInt64BigEndian(span[4..], value);
    }

    /// <summary>A timestamptz: microseconds since 2000-01-01 UTC.</summary>
    public void Write(DateTimeOffset value)
    {
        var span = Reserve(12);
        BinaryPrimitives.WriteInt32BigEndian(span, 8);
        BinaryPrimitives.WriteInt64BigEndian(span[4..], (value.UtcTicks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>A record's converted values in its target's field order (text, date, boolean or null).</summary>
    public void WriteValues(MigrationRecord record)
    {
        foreach (var value in record.Values)
        {
            switch (value)
            {
                case null:
                    WriteNull();
                    break;
                case string text:
                    Write(text);
                    break;
                case DateOnly date:
                    Write(date);
                    break;
                case bool flag:
                    Write(flag);
                    break;
                default:
                    throw new InvalidOperationException($"Row {record.RowNumber}: a converted value of type {value.GetType().Name} cannot be loaded.");
            }
        }
    }

    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var span = _buffer.AsSpan(_length, bytes);
        _length += bytes;
        return span;
    }

    /// <summary>Gives the buffer back to the pool: the data <see cref="Complete"/> returned is then invalid.</summary>
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(Interlocked.Exchange(ref _buffer, []));
        _length = 0;
    }
}
