using ChildView.ChildProfile.Access.Postgres;
using ChildView.Contracts.Access;
using Npgsql;

namespace ChildView.ChildProfile.Profiles.Postgres;

/// <summary>
/// The profile's reads, in PostgreSQL. They run inside a <see cref="ProfileReadSession"/>, so the
/// database's column grants and row policies decide what comes back; a query naming a column the
/// role may not read fails rather than returning it.
/// </summary>
public static class ProfileQueries
{
    public sealed record ChildRow(Guid Id, IReadOnlyDictionary<string, object?> Columns);

    public sealed record RecordRow(string Source, string RecordType, Guid RecordId, long Version, string Summary, DateOnly? OccurredOn);

    public static async Task<ChildRow?> ChildAsync(NpgsqlConnection connection, Guid id, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand($"SELECT {SelectList(columns)} FROM children WHERE id = @id", connection);
        query.Parameters.AddWithValue("id", id);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadChild(reader, columns) : null;
    }

    public static async Task<IReadOnlyList<RecordRow>> RecordsAsync(NpgsqlConnection connection, Guid childId, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand(
            """
            SELECT source_system, record_type, record_id, entity_version, summary, occurred_on FROM service_records
            WHERE child_id = @child AND state <> 'Deleted'
            ORDER BY occurred_on DESC NULLS LAST, source_system, record_id
            """,
            connection);
        query.Parameters.AddWithValue("child", childId);
        var records = new List<RecordRow>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new RecordRow(reader.GetString(0), reader.GetString(1), reader.GetGuid(2), reader.GetInt64(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5)));
        }

        return records;
    }

    /// <summary>How the caller stands to the child, from the same relationship views the row policies use.</summary>
    public static async Task<CallerStanding> StandingAsync(NpgsqlConnection connection, Guid childId, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand(
            """
            SELECT EXISTS (SELECT 1 FROM cv_caseload_allocations WHERE child_id = @child),
                   EXISTS (SELECT 1 FROM cv_team_allocations WHERE child_id = @child),
                   EXISTS (SELECT 1 FROM cv_live_break_glass WHERE child_id = @child)
            """,
            connection);
        query.Parameters.AddWithValue("child", childId);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var relationship = reader.GetBoolean(0) ? Relationship.Caseload : reader.GetBoolean(1) ? Relationship.Team : Relationship.None;
        return new CallerStanding(relationship, reader.GetBoolean(2));
    }

    /// <summary>Searches only on what the caller may see; the filters' columns were checked against the policy by the caller.</summary>
    public static async Task<(IReadOnlyList<ChildRow> Page, int Total)> SearchAsync(
        NpgsqlConnection connection, ProfileSearchRequest request, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        void Filter(string clause, string name, object value)
        {
            where.Add(clause);
            parameters.Add(new NpgsqlParameter(name, value));
        }

        if (request.NormalisedUpn is { } upn)
        {
            Filter("id IN (SELECT child_id FROM child_identifiers WHERE kind = 'upn' AND value = @upn)", "upn", upn);
        }

        if (request.NormalisedNhsNumber is { } nhs)
        {
            Filter("id IN (SELECT child_id FROM child_identifiers WHERE kind = 'nhs' AND value = @nhs)", "nhs", nhs);
        }

        // Names are matched on their search keys (NameFolding), written with the name; a key holds only
        // letters and digits, so it can never carry a LIKE wildcard.
        if (request.FamilyNameKey is { } family)
        {
            Filter("family_name_folded = @family", "family", family);
        }

        if (request.GivenNameKey is { } given)
        {
            Filter("given_name_folded LIKE @given || '%'", "given", given);
        }

        if (request.DateOfBirth is { } dateOfBirth)
        {
            Filter("date_of_birth = @born", "born", dateOfBirth);
        }

        var condition = where.Count == 0 ? "false" : string.Join(" AND ", where);
        var orderBy = columns.Contains("family_name") ? "family_name, given_name, id" : "id";
        await using var query = new NpgsqlCommand(
            $"SELECT {SelectList(columns)}, count(*) OVER () FROM children WHERE {condition} ORDER BY {orderBy} LIMIT @take OFFSET @skip",
            connection);
        query.Parameters.AddRange(parameters.ToArray());
        query.Parameters.AddWithValue("take", request.PageSizeOrDefault);
        query.Parameters.AddWithValue("skip", (request.PageOrDefault - 1) * request.PageSizeOrDefault);

        var rows = new List<ChildRow>();
        var total = 0;
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadChild(reader, columns));
            total = (int)reader.GetInt64(columns.Count + 1);
        }

        return (rows, total);
    }

    /// <summary>Every service holding a live record of each child, whether or not the caller may read the records (summary.servicesInvolved).</summary>
    public static async Task<IReadOnlyDictionary<Guid, List<string>>> ServicesInvolvedAsync(NpgsqlConnection connection, IReadOnlyList<Guid> childIds, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand(
            $"SELECT DISTINCT child_id, source_system FROM {ProfileAccessSql.ServicesInvolvedView} WHERE child_id = ANY(@ids) ORDER BY source_system",
            connection);
        query.Parameters.AddWithValue("ids", childIds.ToArray());
        var services = childIds.ToDictionary(id => id, _ => new List<string>());
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            services[reader.GetGuid(0)].Add(reader.GetString(1));
        }

        return services;
    }

    private static string SelectList(IReadOnlyList<string> columns) => string.Join(", ", columns.Prepend("id"));

    private static ChildRow ReadChild(NpgsqlDataReader reader, IReadOnlyList<string> columns) =>
        new(reader.GetGuid(0), columns.Select((column, i) => (column, value: reader.IsDBNull(i + 1) ? null : reader.GetValue(i + 1)))
            .ToDictionary(c => c.column, c => c.value));
}
