namespace ChildView.Migration.Targets.Postgres;

/// <summary>The parts every target's merge shares: keying on (source, source key), the child identity JSON, the change test.</summary>
internal static class TargetSqlParts
{
    public static string ColumnList(IEnumerable<TargetField> fields, string? alias = null) =>
        string.Join(", ", fields.Select(f => alias is null ? f.Column : $"{alias}.{f.Column}"));

    /// <summary>Staged rows with the record id their (source, source key) already has, if any.</summary>
    public static string Keyed(string stagingTable) => $"""
        staged AS MATERIALIZED (
            -- A correlated lookup, one primary-key probe per staged row: a join would hash every key the
            -- source already has, so each batch would cost more than the one before.
            SELECT s.*, (SELECT k.record_id FROM migration.legacy_keys k WHERE k.source = @source AND k.source_key = s.source_key) AS record_id
            FROM {stagingTable} s
        ),
        new_keys AS (
            INSERT INTO migration.legacy_keys (source, source_key, target, record_id, first_run_id, loaded_at)
            SELECT @source, source_key, @target, candidate_id, @run, @now FROM staged WHERE record_id IS NULL
            RETURNING source_key, record_id
        )
        """;

    /// <summary>The events of new records, serialised while staging: recorded first, then (closed legacy records) changed.</summary>
    public const string NewRecordEvents = """
        SELECT s.event1_id AS event_id, s.event1_type AS message_type, s.event1_payload AS payload, 1 AS ord, s.row_number
        FROM new_keys n JOIN staged s ON s.source_key = n.source_key
        UNION ALL
        SELECT s.event2_id, s.event2_type, s.event2_payload, 2, s.row_number
        FROM new_keys n JOIN staged s ON s.source_key = n.source_key
        WHERE s.event2_id IS NOT NULL
        """;

    /// <summary>The child block as <c>ChildIdentity</c> serialises with web defaults (camelCase).</summary>
    public static string ChildIdentityJson(string alias) => $"""
        json_build_object('sourceSystem', @service, 'localId', {alias}.child_local_id, 'givenName', {alias}.child_given_name,
            'familyName', {alias}.child_family_name, 'dateOfBirth', {alias}.child_date_of_birth, 'sex', {alias}.child_sex,
            'upn', {alias}.child_upn, 'nhsNumber', {alias}.child_nhs_number,
            'address', json_build_object('line1', {alias}.child_address_line1, 'line2', {alias}.child_address_line2,
                'town', {alias}.child_town, 'postcode', {alias}.child_postcode))
        """;

    /// <summary>RecordState as its enum number (web defaults write enums as numbers).</summary>
    public static string StateNumber(string alias) => $"CASE {alias}.state WHEN 'Open' THEN 0 WHEN 'Closed' THEN 1 ELSE 2 END";

    public static string EventHead(string alias, string version) =>
        $"'eventId', e.event_id, 'source', @service, 'entityVersion', {version}, 'occurredAt', @now, 'child', {ChildIdentityJson(alias)}";

    public static string ExistingChildren(string table, string strongIdColumn) => $"""
        SELECT id::text, child_given_name, child_family_name, child_date_of_birth, child_sex, {strongIdColumn},
               child_postcode, child_address_line1, child_town
        FROM {table}
        WHERE deleted_at IS NULL
          AND id NOT IN (SELECT record_id FROM migration.legacy_keys WHERE source = @source)
        """;
}
