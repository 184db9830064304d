using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Migration.Targets.Postgres;

/// <summary>Merge into <c>pupils</c>: PupilRegistered for new pupils, PupilDetailsChanged for changed ones.</summary>
internal sealed class EducationPupilsSql : ITargetSql
{
    private static readonly string Registered = IntegrationEventTypes.NameOf(typeof(PupilRegistered));
    private static readonly string Changed = IntegrationEventTypes.NameOf(typeof(PupilDetailsChanged));

    public string Table => "pupils";

    public string ExistingChildrenSql => TargetSqlParts.ExistingChildren(Table, "child_upn");

    public string MergeSql(string stagingTable)
    {
        var fields = new EducationPupilsTarget().Fields;
        var columns = TargetSqlParts.ColumnList(fields);
        return $"""
            WITH {TargetSqlParts.Keyed(stagingTable)},
            inserted AS (
                INSERT INTO pupils (id, {columns}, version, state, created_at, updated_at)
                SELECT n.record_id, {TargetSqlParts.ColumnList(fields, "s")}, 1, 'Open', @now, @now
                FROM new_keys n JOIN staged s ON s.source_key = n.source_key
                RETURNING *
            ),
            updated AS (
                UPDATE pupils p SET ({columns}) = ({TargetSqlParts.ColumnList(fields, "s")}), version = p.version + 1, updated_at = @now
                FROM staged s
                WHERE s.record_id = p.id AND p.deleted_at IS NULL
                  AND ({TargetSqlParts.ColumnList(fields, "p")}) IS DISTINCT FROM ({TargetSqlParts.ColumnList(fields, "s")})
                RETURNING p.*
            ),
            events AS MATERIALIZED (
                SELECT gen_random_uuid() AS event_id, 1 AS ord, '{Registered}' AS message_type, i.* FROM inserted i
                UNION ALL
                SELECT gen_random_uuid(), 2, '{Changed}', u.* FROM updated u
            ),
            written AS (
                INSERT INTO outbox_messages (id, message_type, payload, occurred_at, attempts)
                SELECT e.event_id, e.message_type,
                    CASE e.ord
                    WHEN 1 THEN json_build_object({TargetSqlParts.EventHead("e", "e.version")},
                        'pupilId', e.id, 'formerUpn', e.former_upn, 'upnUnknownReason', e.upn_unknown_reason)
                    ELSE json_build_object({TargetSqlParts.EventHead("e", "e.version")},
                        'pupilId', e.id, 'state', {TargetSqlParts.StateNumber("e")}, 'formerUpn', e.former_upn, 'upnUnknownReason', e.upn_unknown_reason)
                    END::text,
                    @now, 0
                FROM events e
                ORDER BY e.ord, e.child_local_id
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM inserted), (SELECT count(*) FROM updated), (SELECT count(*) FROM written)
            """;
    }
}
