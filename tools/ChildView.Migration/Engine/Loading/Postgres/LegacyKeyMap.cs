using System.Text.Json;
using Npgsql;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// The source's (source key → record id) map as it was when the run started, read once; a first load starts
/// empty. The run holds the source's lock, so no one else adds to it meanwhile, and the run's own batches
/// never need it for their keys: an extract's keys are unique (a repeated key is rejected).
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

    public bool TryGet(string sourceKey, out Guid recordId) => _ids.TryGetValue(sourceKey, out recordId);
}
