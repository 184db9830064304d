using Npgsql;

namespace ChildView.IntegrationTests.Migration;

/// <summary>Reads what a migration left in a service database.</summary>
internal static class ServiceDatabase
{
    public static async Task<long> CountAsync(string connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<string>> RowsAsync(string connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    /// <summary>A source's pupils as their content (no ids or timestamps), in key order: what "the same final state" means.</summary>
    public const string PupilContent = """
        SELECT k.source_key, p.child_given_name, p.child_family_name, p.child_date_of_birth, p.child_sex, p.child_upn, p.child_nhs_number,
               p.child_postcode, p.former_upn, p.upn_unknown_reason, p.version, p.state
        FROM migration.legacy_keys k JOIN pupils p ON p.id = k.record_id
        WHERE k.source = @source ORDER BY k.source_key
        """;

}
