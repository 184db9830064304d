using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChildView.ChildProfile.Children;

namespace ChildView.ChildProfile.Stewardship;

/// <summary>
/// An HMAC-SHA256 over fields, each written as its length then its UTF-8 bytes (a null as length -1),
/// so no two different lists of fields are the same bytes: ("ab", "c") and ("a", "bc") sign differently,
/// and so do a missing value and an empty one.
/// </summary>
public sealed class CanonicalMac(byte[] key) : IDisposable
{
    private readonly IncrementalHash _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);

    public CanonicalMac Add(string? value)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        var bytes = value is null ? [] : Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, value is null ? -1 : bytes.Length);
        _hmac.AppendData(length);
        _hmac.AppendData(bytes);
        return this;
    }

    public CanonicalMac Add(long value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public CanonicalMac Add(Guid? value) => Add(value?.ToString("D"));

    /// <summary>The instant, whatever offset it was written with.</summary>
    public CanonicalMac Add(DateTimeOffset? value) => Add(value?.UtcTicks.ToString(CultureInfo.InvariantCulture));

    public CanonicalMac Add(IReadOnlyList<SourceKey> keys)
    {
        Add(keys.Count);
        foreach (var key in keys)
        {
            Add(key.SourceSystem).Add(key.LocalId);
        }

        return this;
    }

    public byte[] Finish() => _hmac.GetHashAndReset();

    public void Dispose() => _hmac.Dispose();
}
