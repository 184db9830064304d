using ChildView.ChildProfile.Indicators.Postgres;
using Npgsql;

namespace ChildView.ChildProfile.Indicators;

/// <summary>The open flags a profile shows: read under the caller's role, so only those the database lets it see.</summary>
public static class ProfileFlags
{
    public static async Task<IReadOnlyList<ProfileFlag>> OpenAsync(NpgsqlConnection connection, Guid childId, CancellationToken cancellationToken)
    {
        var rows = await FlagQueries.OpenForChildAsync(connection, childId, cancellationToken);
        return [.. rows.Select(row => new ProfileFlag(
            row.Id, row.SubjectKind, row.RuleId, IndicatorRuleSet.Current.Describe(row.RuleId)?.Title ?? row.RuleId, row.OutcomeArea, row.RaisedAt))];
    }

    /// <summary>For a page of search results: each child's open rule ids (own flags and their family's review), in one query.</summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> OpenRuleIdsAsync(NpgsqlConnection connection, Guid[] childIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT c.id, f.rule_id FROM unnest(@ids) AS c(id)
            JOIN {FlagEpisodeModel.Table} f ON f.cleared_at IS NULL AND (f.child_id = c.id OR f.family_children @> ARRAY[c.id])
            ORDER BY c.id, f.rule_id
            """,
            connection);
        command.Parameters.AddWithValue("ids", childIds);
        var flags = new Dictionary<Guid, IReadOnlyList<string>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            flags[id] = [.. flags.GetValueOrDefault(id) ?? [], reader.GetString(1)];
        }

        return flags;
    }
}
