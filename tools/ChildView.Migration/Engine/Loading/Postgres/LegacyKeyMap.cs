using System.Text.Json;
using Npgsql;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// The source's (source key → record id) map, read once when a run starts and kept up to date as batches
/// commit. The run holds the source's lock, so no one else adds to it meanwhile; a first load starts empty.
/// </summary>
internal sealed class LegacyKeyMap
{
    private readonly Dictionary<string, Guid> _ids = new(StringComparer.Ordinal);

    public static async Task<LegacyKeyMap> ReadAsync(NpgsqlConnection connection, string source, CancellationToken cancellationToken)
    {
        var map = new LegacyKeyMap();
        await using var command = new NpgsqlCommand(MigrationSchemaSql.ReadKeys, connection);
        command.Parameters.AddWithValue("source", source);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var keys = JsonSerializer.Deserialize<string[]>(reader.GetString(0)) ?? [];
            var ids = reader.GetFieldValue<byte[]>(1);
            if (ids.Length != keys.Length * 16)
                throw new InvalidOperationException($"A key batch of source '{source}' holds {keys.Length} keys but {ids.Length / 16} record ids.");
            for (var i = 0; i < keys.Length; i++)
                map._ids[keys[i]] = new Guid(ids.AsSpan(i * 16, 16), bigEndian: true);
        }

        return map;
    }

    public int Count => _ids.Count;

    public bool TryGet(string sourceKey, out Guid recordId) => _ids.TryGetValue(sourceKey, out recordId);

    public void Add(string sourceKey, Guid recordId) => _ids.Add(sourceKey, recordId);
}

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
