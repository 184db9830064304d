using Npgsql;

namespace ChildView.IntegrationTests.Rebuild;

/// <summary>
/// The profile's state in a form that does not depend on the order events arrived in: children are
/// named by their smallest source key instead of their generated ids, and timestamps are left out.
/// Two profiles built from the same service data must produce the same lines. Only open flags are
/// compared: the episodes that rose and cleared on the way depend on the order events arrived in.
/// Steward decisions are compared in their order, as a rebuild replays them.
/// </summary>
internal static class ProfileSnapshot
{
    public static async Task<IReadOnlyList<string>> TakeAsync(NpgsqlConnection owner)
    {
        var lines = new List<string>();
        await AddAsync(owner, lines, """
            WITH child_key AS (
              SELECT child_id, min(source_system || ':' || local_id) AS key FROM source_links GROUP BY child_id)
            SELECT 'child ' || k.key || ' | ' || concat_ws(' | ', c.given_name, c.family_name, c.date_of_birth, c.sex, c.upn, c.nhs_number, c.postcode, c.address_line1, c.town)
            FROM children c JOIN child_key k ON k.child_id = c.id WHERE c.merged_into_id IS NULL
            UNION ALL
            SELECT 'link ' || l.source_system || ':' || l.local_id || ' -> ' || k.key FROM source_links l JOIN child_key k USING (child_id)
            UNION ALL
            SELECT 'record ' || concat_ws(' | ', r.source_system, r.record_type, r.record_id, k.key, r.entity_version, r.state, r.summary, r.occurred_on, r.attributes::text)
            FROM service_records r JOIN child_key k USING (child_id)
            UNION ALL
            SELECT 'allocation ' || concat_ws(' | ', a.source_system, a.allocation_id, k.key, a.worker_user_name, a.team, a.active, a.entity_version)
            FROM allocations a JOIN child_key k USING (child_id)
            UNION ALL
            SELECT 'identifier ' || i.kind || ':' || i.value || ' -> ' || k.key FROM child_identifiers i JOIN child_key k USING (child_id)
            UNION ALL
            SELECT 'review ' || least(a.key, b.key) || ' ~ ' || greatest(a.key, b.key) || ' | ' || r.status || ' | ' || round(r.match_weight::numeric, 1)
            FROM identity_reviews r JOIN child_key a ON a.child_id = r.child_id JOIN child_key b ON b.child_id = r.candidate_child_id
            UNION ALL
            SELECT 'decision ' || concat_ws(' | ', d.kind, row_number() OVER (ORDER BY d.sequence), d.id, d.keys::text, d.other_keys::text, d.decided_by, d.reason)
            FROM steward_decisions d
            UNION ALL
            SELECT 'flag ' || concat_ws(' | ', f.subject_kind, f.rule_id, f.outcome_area,
                     (SELECT string_agg(k.key, ',' ORDER BY k.key) FROM unnest(f.family_children) c JOIN child_key k ON k.child_id = c),
                     jsonb_array_length(f.evidence))
            FROM indicator_flags f WHERE f.cleared_at IS NULL
            UNION ALL
            SELECT 'family ' || string_agg(k.key, ',' ORDER BY k.key) FROM child_families f JOIN child_key k USING (child_id) GROUP BY f.family_id
            UNION ALL
            SELECT 'family-link ' || a.key || ' ~ ' || b.key || ' | ' || (to_jsonb(l) - 'child_id' - 'related_child_id')::text
            FROM family_links l JOIN child_key a ON a.child_id = l.child_id JOIN child_key b ON b.child_id = l.related_child_id
            UNION ALL
            SELECT 'household ' || k.key || ' | ' || (to_jsonb(m) - 'child_id')::text FROM household_memberships m JOIN child_key k USING (child_id)
            UNION ALL
            SELECT 'relative ' || k.key || ' | ' || (to_jsonb(r) - 'child_id')::text FROM child_relatives r JOIN child_key k USING (child_id)
            """);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task AddAsync(NpgsqlConnection connection, List<string> lines, string sql)
    {
        await using var query = new NpgsqlCommand(sql, connection);
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
    }
}
