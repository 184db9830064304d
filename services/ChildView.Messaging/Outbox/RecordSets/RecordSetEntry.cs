using System.Security.Cryptography;

namespace ChildView.Messaging.Outbox.RecordSets;

/// <summary>A stored record-set entry as an expander sees it.</summary>
public sealed record RecordSetEntry(Guid EntryId, IReadOnlyList<Guid> RecordIds, DateTimeOffset OccurredAt)
{
    /// <summary>
    /// The event id of one record's event: a name-based UUID (version 8) of the entry and the record, so every
    /// expansion of the same entry gives the same ids and consumers' inboxes drop a republished event.
    /// </summary>
    public Guid EventIdFor(Guid recordId)
    {
        Span<byte> names = stackalloc byte[32];
        EntryId.TryWriteBytes(names[..16], bigEndian: true, out _);
        recordId.TryWriteBytes(names[16..], bigEndian: true, out _);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(names, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
