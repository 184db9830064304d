using System.Text.Json;
using Npgsql;

namespace ChildView.ChildProfile.Indicators.Postgres;

/// <summary>
/// Flag reads. They run inside a <c>ProfileReadSession</c>: the row policies generated from the
/// access policy decide which flags come back, so a flag the caller may not see is simply absent.
/// </summary>
public static class FlagQueries
{
    public sealed record FlagRow(
        Guid Id, string SubjectKind, Guid ChildId, Guid[] FamilyChildren, string RuleId, string OutcomeArea, DateTimeOffset RaisedAt,
        DateTimeOffset? ClearedAt, string? Assignee, string? AssignedTeam, long Version, IReadOnlyList<FlagEvidence> Evidence);

    private const string Columns =
        "id, subject_kind, child_id, family_children, rule_id, outcome_area, raised_at, cleared_at, assignee, assigned_team, version, evidence::text";

    public static async Task<(IReadOnlyList<FlagRow> Page, int Total)> ListAsync(NpgsqlConnection connection, WorklistQuery query, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        await using var command = new NpgsqlCommand { Connection = connection };
        void Filter(string clause, string name, object value)
        {
            where.Add(clause);
            command.Parameters.AddWithValue(name, value);
        }

        where.Add(query.StatusOrDefault switch { "open" => "cleared_at IS NULL", "cleared" => "cleared_at IS NOT NULL", _ => "true" });
        if (query.OutcomeArea is { } area)
        {
            Filter("outcome_area = @area", "area", area);
        }

        if (query.Rule is { } rule)
        {
            Filter("rule_id = @rule", "rule", rule);
        }

        if (query.Assignee is { } assignee)
        {
            Filter("lower(assignee) = lower(@assignee)", "assignee", assignee.Trim());
        }

        if (query.Unassigned == true)
        {
            where.Add("assignee IS NULL");
        }

        if (query.Team is { } team)
        {
            Filter("lower(assigned_team) = lower(@team)", "team", team.Trim());
        }

        command.CommandText = $"SELECT {Columns}, count(*) OVER () FROM {FlagEpisodeModel.Table} WHERE {string.Join(" AND ", where)} ORDER BY raised_at DESC, id LIMIT @take OFFSET @skip";
        command.Parameters.AddWithValue("take", query.PageSizeOrDefault);
        command.Parameters.AddWithValue("skip", (query.PageOrDefault - 1) * query.PageSizeOrDefault);
        var rows = new List<FlagRow>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
            total = (int)reader.GetInt64(12);
        }

        return (rows, total);
    }

    public static async Task<FlagRow?> FindAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM {FlagEpisodeModel.Table} WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>Every episode of one rule for one subject, oldest first: when it rose and cleared.</summary>
    public static async Task<IReadOnlyList<FlagHistoryEntry>> HistoryAsync(NpgsqlConnection connection, FlagRow flag, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT id, raised_at, cleared_at FROM {FlagEpisodeModel.Table} WHERE subject_kind = @kind AND child_id = @child AND rule_id = @rule ORDER BY raised_at, id",
            connection);
        command.Parameters.AddWithValue("kind", flag.SubjectKind);
        command.Parameters.AddWithValue("child", flag.ChildId);
        command.Parameters.AddWithValue("rule", flag.RuleId);
        var history = new List<FlagHistoryEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            history.Add(new FlagHistoryEntry(reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return history;
    }

    /// <summary>The open flags concerning a child: their own, and their family's review.</summary>
    public static async Task<IReadOnlyList<FlagRow>> OpenForChildAsync(NpgsqlConnection connection, Guid childId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT {Columns} FROM {FlagEpisodeModel.Table} WHERE cleared_at IS NULL AND (child_id = @child OR family_children @> ARRAY[@child]) ORDER BY raised_at, id",
            connection);
        command.Parameters.AddWithValue("child", childId);
        var rows = new List<FlagRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    /// <summary>Given and family names of the listed children, when the caller's role is granted them (else nothing is asked).</summary>
    public static async Task<IReadOnlyDictionary<Guid, (string? Given, string? Family)>> NamesAsync(
        NpgsqlConnection connection, IReadOnlyCollection<Guid> childIds, bool seesNames, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, (string?, string?)>();
        if (!seesNames || childIds.Count == 0)
        {
            return names;
        }

        await using var command = new NpgsqlCommand("SELECT id, given_name, family_name FROM children WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", childIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names[reader.GetGuid(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return names;
    }

    private static FlagRow Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetFieldValue<Guid[]>(3), reader.GetString(4), reader.GetString(5),
        reader.GetFieldValue<DateTimeOffset>(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
        reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetInt64(10),
        JsonSerializer.Deserialize<List<FlagEvidence>>(reader.GetString(11), JsonSerializerOptions.Web) ?? []);
}
