using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ChildView.Migration.Loading;

/// <summary>
/// UUID version 7 ids that strictly increase (RFC 9562 §6.2, method 2: the random part of the first id of a
/// millisecond is incremented for each further id). A bulk load then appends to the primary key index at its
/// right edge, and it needs one call to the random number generator per millisecond instead of one per row.
/// Not thread-safe: one generator per loading thread.
/// </summary>
public sealed class SequentialUuid(TimeProvider clock)
{
    private long _millisecond = -1;
    private ulong _randA;
    private ulong _randB;

    public Guid Next()
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        if (now > _millisecond)
        {
            Span<byte> seed = stackalloc byte[16];
            RandomNumberGenerator.Fill(seed);
            _millisecond = now;
            _randA = BinaryPrimitives.ReadUInt16BigEndian(seed) & 0x0FFFu;
            // The top bit of the 62-bit counter starts clear, so it cannot run out within a millisecond.
            _randB = BinaryPrimitives.ReadUInt64BigEndian(seed[8..]) & 0x1FFF_FFFF_FFFF_FFFFul;
        }
        else
        {
            _randB++;
        }

        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, ((ulong)_millisecond << 16) | 0x7000ul | _randA);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], 0x8000_0000_0000_0000ul | _randB);
        return new Guid(bytes, bigEndian: true);
    }
}
