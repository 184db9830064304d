using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Migration.Targets.Postgres;

/// <summary>Merge into <c>pupils</c>: PupilRegistered (serialised while staging) for new pupils, PupilDetailsChanged for changed ones.</summary>
internal sealed class EducationPupilsSql : ITargetSql
{
    private static readonly string Changed = IntegrationEventTypes.NameOf(typeof(PupilDetailsChanged));

    public string Table => "pupils";

    public string ExistingChildrenSql => TargetSqlParts.ExistingChildren(Table, "child_upn");

    public string MergeSql(string stagingTable)
    {
        var fields = new EducationPupilsTarget().Fields;
        var columns = TargetSqlParts.ColumnList(fields);
        var staged = TargetSqlParts.ColumnList(fields, "s");
        return $"""
            WITH {TargetSqlParts.Keyed(stagingTable)},
            inserted AS (
                INSERT INTO pupils (id, {columns}, version, state, created_at, updated_at)
                SELECT n.record_id, {staged}, 1, 'Open', @now, @now
                FROM new_keys n JOIN staged s ON s.source_key = n.source_key
                RETURNING 1
            ),
            updated AS (
                UPDATE pupils p SET ({columns}) = ({staged}), version = p.version + 1, updated_at = @now
                FROM staged s
                WHERE s.record_id IS NOT NULL AND s.record_id = p.id AND p.deleted_at IS NULL
                  AND ({TargetSqlParts.ColumnList(fields, "p")}) IS DISTINCT FROM ({staged})
                RETURNING p.*, s.row_number
            ),
            changed AS MATERIALIZED (
                SELECT gen_random_uuid() AS event_id, u.* FROM updated u
            ),
            events AS (
                {TargetSqlParts.NewRecordEvents}
                UNION ALL
                SELECT e.event_id, '{Changed}',
                    json_build_object({TargetSqlParts.EventHead("e", "e.version")},
                        'pupilId', e.id, 'state', {TargetSqlParts.StateNumber("e")}, 'formerUpn', e.former_upn, 'upnUnknownReason', e.upn_unknown_reason)::text,
                    3, e.row_number
                FROM changed e
            ),
            written AS (
                INSERT INTO outbox_messages (id, message_type, payload, occurred_at, attempts)
                SELECT event_id, message_type, payload, @now, 0 FROM events ORDER BY row_number, ord
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM inserted), (SELECT count(*) FROM updated), (SELECT count(*) FROM written)
            """;
    }
}
