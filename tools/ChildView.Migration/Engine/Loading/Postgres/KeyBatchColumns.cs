using System.Text.Json;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>A batch's part of the key map as it is stored: the keys as a JSON array, the ids' bytes back to back.</summary>
internal static class KeyBatchColumns
{
    public static string Keys(IEnumerable<string> sourceKeys) => JsonSerializer.Serialize(sourceKeys);

    public static byte[] Ids(IReadOnlyList<Guid> recordIds)
    {
        var bytes = new byte[recordIds.Count * 16];
        for (var i = 0; i < recordIds.Count; i++)
            recordIds[i].TryWriteBytes(bytes.AsSpan(i * 16, 16), bigEndian: true, out _);
        return bytes;
    }
}
