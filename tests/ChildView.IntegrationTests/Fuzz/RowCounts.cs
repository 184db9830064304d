using Npgsql;

namespace ChildView.IntegrationTests.Fuzz;

/// <summary>
/// The exact row count of every table of one database (the outbox and inbox included), taken in
/// one statement so a rejected request can be shown to have written nothing.
/// </summary>
public sealed class RowCounts(string connectionString, IReadOnlySet<string> excluded)
{
    private string? _query;

    public async Task<IReadOnlyDictionary<string, long>> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        _query ??= await BuildQueryAsync(connection);
        await using var command = new NpgsqlCommand(_query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Where(table => before.GetValueOrDefault(table) != after.GetValueOrDefault(table))
            .Select(table => $"{table} {before.GetValueOrDefault(table)} → {after.GetValueOrDefault(table)}")];

    private async Task<string> BuildQueryAsync(NpgsqlConnection connection)
    {
        await using var tables = new NpgsqlCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables " +
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1", connection);
        var names = new List<string>();
        await using (var reader = await tables.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var counted = names.Where(name => !excluded.Contains(name.Split('.')[^1].Trim('"'))).ToList();
        return counted.Count == 0
            ? "SELECT ''::text, 0::bigint WHERE false"
            : string.Join(" UNION ALL ", counted.Select(name => $"SELECT '{name.Replace("'", "''", StringComparison.Ordinal)}'::text, count(*) FROM {name}"));
    }
}
