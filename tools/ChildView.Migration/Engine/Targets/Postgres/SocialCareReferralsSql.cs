using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Migration.Targets.Postgres;

/// <summary>
/// Merge into <c>referrals</c>. A legacy referral that is already closed is stored as version 2 (closed) and
/// announced as ReferralRecorded (version 1) followed by ReferralChanged (version 2, closed), the same events the
/// service emits for a referral recorded and then closed (both serialised while staging); a changed referral
/// gets ReferralChanged.
/// </summary>
internal sealed class SocialCareReferralsSql : ITargetSql
{
    private static readonly string Changed = IntegrationEventTypes.NameOf(typeof(ReferralChanged));

    public string Table => "referrals";

    public string ExistingChildrenSql => TargetSqlParts.ExistingChildren(Table, "child_nhs_number");

    public string MergeSql(string stagingTable)
    {
        var fields = new SocialCareReferralsTarget().Fields;
        var columns = TargetSqlParts.ColumnList(fields);
        var staged = TargetSqlParts.ColumnList(fields, "s");
        return $"""
            WITH {TargetSqlParts.Keyed(stagingTable)},
            inserted AS (
                INSERT INTO referrals (id, {columns}, version, state, created_at, updated_at)
                SELECT n.record_id, {staged},
                       CASE WHEN s.closure_date IS NULL THEN 1 ELSE 2 END,
                       CASE WHEN s.closure_date IS NULL THEN 'Open' ELSE 'Closed' END, @now, @now
                FROM new_keys n JOIN staged s ON s.source_key = n.source_key
                RETURNING 1
            ),
            updated AS (
                UPDATE referrals p SET ({columns}) = ({staged}), version = p.version + 1, updated_at = @now,
                    state = CASE WHEN s.closure_date IS NULL THEN 'Open' ELSE 'Closed' END
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
                        'referralId', e.id, 'referralDate', e.referral_date, 'referralSource', e.referral_source,
                        'primaryNeed', e.primary_need, 'referralNfa', e.referral_nfa, 'closureDate', e.closure_date,
                        'reasonForClosure', e.reason_for_closure, 'state', {TargetSqlParts.StateNumber("e")})::text,
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
