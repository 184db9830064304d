using System.Buffers.Binary;
using ChildView.Migration.Loading.Postgres;

namespace ChildView.UnitTests.Migration;

public sealed class BinaryCopyBufferTests
{
    [Fact]
    public void A_row_is_written_in_postgresql_binary_copy_format_between_the_signature_and_the_trailer()
    {
        using var buffer = new BinaryCopyBuffer(16);
        buffer.StartRow(6);
        buffer.WriteNull();
        buffer.Write("Zoë");
        buffer.Write(new DateOnly(2000, 1, 2));
        buffer.Write(true);
        buffer.Write(7L);
        buffer.Write(new DateTimeOffset(2000, 1, 1, 0, 0, 1, TimeSpan.FromHours(1)));

        var data = buffer.Complete().ToArray();

        Assert.Equal(new byte[] { 0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00 }, data[..11]);
        Assert.Equal(new byte[8], data[11..19]);
        var at = 19;
        Assert.Equal(6, BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(at)));
        Assert.Equal(-1, BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at += 2)));
        Assert.Equal(4, BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at += 4)));
        Assert.Equal("Zoë"u8.ToArray(), data[(at + 4)..(at + 8)]);
        Assert.Equal(4, BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at += 8)));
        Assert.Equal(1, BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at + 4)));
        Assert.Equal(1, BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at += 8)));
        Assert.Equal(1, data[at + 4]);
        Assert.Equal(8, BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at += 5)));
        Assert.Equal(7L, BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(at + 4)));
        Assert.Equal(8, BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at += 12)));
        // 00:00:01 at UTC+1 is an hour before the epoch, plus a second: microseconds since 2000-01-01 UTC.
        Assert.Equal(-3_599_000_000L, BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(at + 4)));
        Assert.Equal(-1, BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(at += 12)));
        Assert.Equal(data.Length, at + 2);
        Assert.Equal(1, buffer.Rows);
    }

    [Fact]
    public void A_buffer_grows_past_its_first_size_without_losing_what_it_holds()
    {
        using var buffer = new BinaryCopyBuffer(64);
        var id = Guid.CreateVersion7();
        for (var i = 0; i < 1_000; i++)
        {
            buffer.StartRow(2);
            buffer.Write(id);
            buffer.Write(new string('x', i % 50));
        }

        var data = buffer.Complete().ToArray();

        Assert.Equal(1_000, buffer.Rows);
        Assert.Equal(id, new Guid(data.AsSpan(19 + 2 + 4, 16), bigEndian: true));
        Assert.Equal(19 + 1_000 * (2 + 20 + 4) + Enumerable.Range(0, 1_000).Sum(i => i % 50) + 2, data.Length);
    }
}
