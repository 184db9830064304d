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
            map._ids[reader.GetString(0)] = reader.GetGuid(1);
        return map;
    }

    public int Count => _ids.Count;

    public bool TryGet(string sourceKey, out Guid recordId) => _ids.TryGetValue(sourceKey, out recordId);

    public void Add(string sourceKey, Guid recordId) => _ids.Add(sourceKey, recordId);
}
