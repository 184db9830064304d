using ChildView.Linkage.Records;
using ChildView.Migration.Targets;
using Npgsql;

namespace ChildView.Migration.Matching.Postgres;

/// <summary>
/// The children a source is matched against: the profile's unified <c>children</c> when its database is
/// given, otherwise the owning service's own records. Read before loading, so a source never matches itself.
/// </summary>
public static class ExistingChildren
{
    public static async Task<IReadOnlyList<PersonRecord>> ReadAsync(IMigrationTarget target, string source, string? profileConnection, string? targetConnection, CancellationToken cancellationToken)
    {
        var (connectionString, sql) = profileConnection is not null
            ? (profileConnection, ProfileSql(target.StrongIdKind))
            : targetConnection is not null ? (targetConnection, target.Sql.ExistingChildrenSql) : (null, null);
        if (connectionString is null || sql is null)
            return [];

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (profileConnection is null && !await MigrationSchemaExistsAsync(connection, cancellationToken))
            sql = sql.Replace("AND id NOT IN (SELECT record_id FROM migration.legacy_keys WHERE source = @source)", "", StringComparison.Ordinal);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("source", source);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var people = new List<PersonRecord>();
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        while (await reader.ReadAsync(cancellationToken))
        {
            people.Add(PersonRecords.Person(
                reader.GetString(0), Text(1), Text(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                Text(4), Text(6), Text(7), Text(8), Text(5)));
        }

        return people;
    }

    private static string ProfileSql(string strongIdKind) =>
        $"SELECT id::text, given_name, family_name, date_of_birth, sex, {(strongIdKind == "upn" ? "upn" : "nhs_number")}, postcode, address_line1, town FROM children";

    private static async Task<bool> MigrationSchemaExistsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass('migration.legacy_keys') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
