using System.Text.Json;
using ChildView.ChildProfile.Children;
using Npgsql;

namespace ChildView.ChildProfile.Stewardship.Postgres;

/// <summary>
/// The review queue and merge history, read inside a <see cref="Access.Postgres.ProfileReadSession"/>:
/// only the roles the policy names as stewards are granted these tables.
/// </summary>
public static class StewardQueries
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string ReviewColumns =
        "id, source_system, local_id, child_id, candidate_child_id, match_weight, probability, evidence::text, status, created_at, decided_by, decided_at, reason, merge_id";

    public static async Task<(IReadOnlyList<ReviewResponse> Items, int Total)> ReviewsAsync(
        NpgsqlConnection connection, string status, int page, int size, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand(
            $"SELECT {ReviewColumns}, count(*) OVER () FROM identity_reviews WHERE status = @status ORDER BY match_weight DESC, created_at, id LIMIT @take OFFSET @skip",
            connection);
        select.Parameters.AddWithValue("status", status);
        select.Parameters.AddWithValue("take", size);
        select.Parameters.AddWithValue("skip", (page - 1) * size);
        var items = new List<ReviewResponse>();
        var total = 0;
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(ReadReview(reader));
            total = (int)reader.GetInt64(14);
        }

        return (items, total);
    }

    public static async Task<ReviewResponse?> ReviewAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand($"SELECT {ReviewColumns} FROM identity_reviews WHERE id = @id", connection);
        select.Parameters.AddWithValue("id", id);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadReview(reader) : null;
    }

    public static async Task<MergeResponse?> MergeAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand(
            """
            SELECT id, survivor_child_id, merged_child_id, moved_source_links::text, moved_identifiers::text, review_id,
                   merged_by, reason, merged_at, unmerged_by, unmerge_reason, unmerged_at
            FROM child_merges WHERE id = @id
            """,
            connection);
        select.Parameters.AddWithValue("id", id);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new MergeResponse(
            reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2),
            JsonSerializer.Deserialize<List<SourceKey>>(reader.GetString(3), Json)!,
            JsonSerializer.Deserialize<List<string>>(reader.GetString(4), Json)!,
            reader.IsDBNull(5) ? null : reader.GetGuid(5),
            reader.GetString(6), reader.GetString(7), reader.GetFieldValue<DateTimeOffset>(8),
            reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10),
            reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11));
    }

    /// <summary>How each source record about a child was linked to it.</summary>
    public static async Task<IReadOnlyList<SourceLinkResponse>> LinksAsync(NpgsqlConnection connection, Guid childId, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand(
            """
            SELECT source_system, local_id, link_method, match_weight, linked_at, given_name, family_name, date_of_birth, postcode_key
            FROM source_links WHERE child_id = @child ORDER BY linked_at, source_system, local_id
            """,
            connection);
        select.Parameters.AddWithValue("child", childId);
        var links = new List<SourceLinkResponse>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            links.Add(new SourceLinkResponse(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetDouble(3), reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return links;
    }

    /// <summary>Every steward decision in the order it was taken (or replayed): what a rebuilt profile replays.</summary>
    public static async Task<IReadOnlyList<StewardDecisionResponse>> DecisionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand(
            $"""
            SELECT id, sequence, kind, keys::text, other_keys::text, merge_id, review_id, decided_by, reason, decided_at, replayed_by, replayed_at
            FROM {StewardDecisionModel.DecisionsTable} ORDER BY sequence
            """,
            connection);
        var decisions = new List<StewardDecisionResponse>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            decisions.Add(new StewardDecisionResponse(
                reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2),
                JsonSerializer.Deserialize<List<SourceKey>>(reader.GetString(3), Json)!, JsonSerializer.Deserialize<List<SourceKey>>(reader.GetString(4), Json)!,
                reader.IsDBNull(5) ? null : reader.GetGuid(5), reader.IsDBNull(6) ? null : reader.GetGuid(6),
                reader.GetString(7), reader.GetString(8), reader.GetFieldValue<DateTimeOffset>(9),
                reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11)));
        }

        return decisions;
    }

    private static ReviewResponse ReadReview(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetGuid(3), reader.GetGuid(4), reader.GetDouble(5), reader.GetDouble(6),
        JsonSerializer.Deserialize<List<MatchEvidence>>(reader.GetString(7), Json)!, reader.GetString(8), reader.GetFieldValue<DateTimeOffset>(9),
        reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
        reader.IsDBNull(12) ? null : reader.GetString(12), reader.IsDBNull(13) ? null : reader.GetGuid(13));
}
