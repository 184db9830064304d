using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Migration.Targets.Postgres;

/// <summary>
/// Merge into <c>referrals</c>. A legacy referral that is already closed is stored as version 2 (closed) and
/// announced as ReferralRecorded (version 1) followed by ReferralChanged (version 2, closed), the same events the
/// service emits for a referral recorded and then closed; a changed referral gets ReferralChanged.
/// </summary>
internal sealed class SocialCareReferralsSql : ITargetSql
{
    private static readonly string Recorded = IntegrationEventTypes.NameOf(typeof(ReferralRecorded));
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
                RETURNING *
            ),
            updated AS (
                UPDATE referrals p SET ({columns}) = ({staged}), version = p.version + 1, updated_at = @now,
                    state = CASE WHEN s.closure_date IS NULL THEN 'Open' ELSE 'Closed' END
                FROM staged s
                WHERE s.record_id = p.id AND p.deleted_at IS NULL
                  AND ({TargetSqlParts.ColumnList(fields, "p")}) IS DISTINCT FROM ({staged})
                RETURNING p.*
            ),
            events AS MATERIALIZED (
                SELECT gen_random_uuid() AS event_id, 1 AS ord, '{Recorded}' AS message_type, 1::bigint AS event_version, i.* FROM inserted i
                UNION ALL
                SELECT gen_random_uuid(), 2, '{Changed}', i.version, i.* FROM inserted i WHERE i.version = 2
                UNION ALL
                SELECT gen_random_uuid(), 3, '{Changed}', u.version, u.* FROM updated u
            ),
            written AS (
                INSERT INTO outbox_messages (id, message_type, payload, occurred_at, attempts)
                SELECT e.event_id, e.message_type,
                    CASE e.ord
                    WHEN 1 THEN json_build_object({TargetSqlParts.EventHead("e", "e.event_version")},
                        'referralId', e.id, 'referralDate', e.referral_date, 'referralSource', e.referral_source,
                        'primaryNeed', e.primary_need, 'referralNfa', e.referral_nfa)
                    ELSE json_build_object({TargetSqlParts.EventHead("e", "e.event_version")},
                        'referralId', e.id, 'referralDate', e.referral_date, 'referralSource', e.referral_source,
                        'primaryNeed', e.primary_need, 'referralNfa', e.referral_nfa, 'closureDate', e.closure_date,
                        'reasonForClosure', e.reason_for_closure, 'state', {TargetSqlParts.StateNumber("e")})
                    END::text,
                    @now, 0
                FROM events e
                ORDER BY e.id, e.ord
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM inserted), (SELECT count(*) FROM updated), (SELECT count(*) FROM written)
            """;
    }
}
