using System.Security.Claims;
using ChildView.Contracts.Access;
using ChildView.Education.Data;
using ChildView.EarlyYears.Data;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Access.Postgres;
using ChildView.ServiceKit.Pipeline;
using ChildView.SocialCare.Data;
using ChildView.YouthOffending.Data;

namespace ChildView.UnitTests.Access;

/// <summary>The services' database roles, grants and row policies, as generated from the policy's services block.</summary>
public sealed class ServiceAccessSqlTests
{
    private static readonly AccessPolicy Policy = AccessPolicy.Current;

    public static readonly TheoryData<string> Services = ["education", "socialcare", "youthoffending", "earlyyears"];

    private static ServiceDatabaseTables TablesOf(string service) => service switch
    {
        "education" => EducationDatabaseTables.Tables,
        "socialcare" => SocialCareDatabaseTables.Tables,
        "youthoffending" => YouthOffendingDatabaseTables.Tables,
        _ => EarlyYearsDatabaseTables.Tables,
    };

    /// <summary>Every table with the columns every record table has, plus the outbox's and the attendance register's.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Columns(ServiceDatabaseTables tables) => tables.AllTables.ToDictionary(
        table => table,
        table => (IReadOnlyList<string>)(table == ServiceAccessSql.OutboxTable
            ? ["id", "sequence", "message_type", "payload", "occurred_at", "sent_at", "attempts", "last_error"]
            : ["id", "child_local_id", "detail", "state", "version", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deletion_reason"]));

    private static IReadOnlyList<ServiceTableAccess> Access(string service) => ServiceAccessSql.Access(Policy, TablesOf(service), Columns(TablesOf(service)));

    private static ServiceTableAccess? On(string service, string role, string table) =>
        Access(service).SingleOrDefault(a => a.DbRole == ServiceAccessSql.DbRole(service, role) && a.Table == table);

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_record_type_of_the_policy_has_one_declared_table_and_nothing_else_is_declared(string service)
    {
        var declared = TablesOf(service).Records.Select(r => r.RecordType).Order();
        Assert.Equal(Policy.Services.RecordTypes.Where(r => r.Service == service).Select(r => r.RecordType).Order(), declared);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_role_reads_a_record_table_exactly_when_the_policy_lets_it_read_a_record_type_kept_there_or_beside_it(string service)
    {
        var tables = TablesOf(service);
        foreach (var role in Policy.Roles)
        {
            var readable = tables.Records.Where(r => Policy.Services.Read([role], service, r.RecordType) != Relationship.None).ToList();
            var needed = readable.SelectMany(r => r.Reads.Prepend(r.Table))
                .Concat(readable.Count > 0 && tables.Allocations is { } allocations ? [allocations.Table] : [])
                .ToHashSet();
            foreach (var record in tables.Records)
            {
                Assert.True(needed.Contains(record.Table) == (On(service, role, record.Table)?.Select == true), $"{role} SELECT {record.Table}");
            }
        }
    }

    [Fact]
    public void Roles_that_may_read_nothing_in_a_service_are_granted_nothing_there()
    {
        Assert.DoesNotContain(Access("socialcare"), a => a.DbRole == ServiceAccessSql.DbRole("socialcare", "education-welfare-officer"));
        Assert.DoesNotContain(Access("education"), a => a.DbRole == ServiceAccessSql.DbRole("education", "social-worker"));
        Assert.DoesNotContain(Access("youthoffending"), a => a.DbRole == ServiceAccessSql.DbRole("youthoffending", "system-administrator"));
    }

    [Fact]
    public void Team_and_caseload_rules_become_row_predicates_on_the_signed_callers_allocations()
    {
        Assert.Equal(
            "EXISTS (SELECT 1 FROM cv_team_children c WHERE c.child_local_id = referrals.child_local_id)",
            Assert.Single(On("socialcare", "social-worker", "referrals")!.SelectPredicates));
        Assert.Equal(
            "EXISTS (SELECT 1 FROM cv_caseload_children c WHERE c.child_local_id = case_notes.child_local_id)",
            Assert.Single(On("socialcare", "social-worker", "case_notes")!.SelectPredicates));
        Assert.Equal("lower(team) = ANY ((SELECT cv_teams())::text[])", Assert.Single(On("socialcare", "social-worker", "case_allocations")!.SelectPredicates));
        Assert.Equal("officer_id = (SELECT cv_user_name())", ServiceAccessSql.Predicate(Relationship.Caseload, "yot_allocations", YouthOffendingDatabaseTables.Tables));
        Assert.Equal(
            "EXISTS (SELECT 1 FROM cv_team_children c WHERE c.child_local_id = setting_registrations.child_local_id)",
            Assert.Single(On("earlyyears", "early-years-practitioner", "setting_registrations")!.SelectPredicates));
        Assert.Equal("lower(team_code) = ANY ((SELECT cv_teams())::text[])", Assert.Single(On("earlyyears", "early-years-team-manager", "early_years_allocations")!.SelectPredicates));
        Assert.Equal(ServiceAccessSql.SignedCaller, Assert.Single(On("socialcare", "mash-officer", "referrals")!.SelectPredicates));
    }

    [Fact]
    public void A_team_or_caseload_rule_in_a_service_without_allocations_cannot_be_generated()
    {
        Assert.Throws<NotSupportedException>(() => ServiceAccessSql.Predicate(Relationship.Team, "pupils", EducationDatabaseTables.Tables));
    }

    [Fact]
    public void Writes_follow_the_actions_create_inserts_and_only_delete_writes_the_deletion_columns()
    {
        var sen = On("education", "sen-caseworker", "pupils")!;      // create, update
        var ewo = On("education", "education-welfare-officer", "pupils")!;   // create, update, close, delete
        var mash = On("education", "mash-officer", "pupils")!;       // read only

        Assert.True(sen.Insert);
        Assert.DoesNotContain("deleted_at", sen.UpdateColumns);
        Assert.DoesNotContain("deletion_reason", sen.UpdateColumns);
        Assert.Contains("detail", sen.UpdateColumns);
        Assert.Contains("deleted_at", ewo.UpdateColumns);
        Assert.Contains("deletion_reason", ewo.UpdateColumns);
        Assert.False(mash.Insert);
        Assert.Empty(mash.UpdateColumns);
        Assert.Null(On("education", "mash-officer", ServiceAccessSql.OutboxTable));
        Assert.DoesNotContain(Access("education"), a => a.UpdateColumns.Overlaps(["id", "created_at", "created_by"]));
    }

    [Fact]
    public void A_role_that_changes_records_stages_events_but_reads_only_the_outbox_sequence()
    {
        var outbox = On("socialcare", "social-worker", ServiceAccessSql.OutboxTable)!;
        Assert.True(outbox.Insert);
        Assert.False(outbox.Select);
        Assert.Equal(["sequence"], outbox.SelectColumns);
        Assert.Empty(outbox.UpdateColumns);
    }

    [Fact]
    public void Recording_attendance_marks_may_update_the_register_and_the_terms_summary()
    {
        var summaries = On("education", "education-welfare-officer", "attendance_summaries")!;
        var sessions = On("education", "education-welfare-officer", "attendance_sessions")!;
        Assert.True(summaries.Insert);
        Assert.Contains("version", summaries.UpdateColumns);
        Assert.DoesNotContain("deleted_at", summaries.UpdateColumns);
        Assert.True(sessions.Insert);
        Assert.Contains("detail", sessions.UpdateColumns);
        var readOnly = On("education", "sen-caseworker", "attendance_sessions")!;
        Assert.True(readOnly.Select);
        Assert.False(readOnly.Insert);
        Assert.Empty(readOnly.UpdateColumns);
    }

    [Fact]
    public void Machine_clients_have_every_record_without_row_limits()
    {
        var machine = ServiceAccessSql.MachineRole("youthoffending");
        foreach (var record in YouthOffendingDatabaseTables.Tables.Records)
        {
            var access = Access("youthoffending").Single(a => a.DbRole == machine && a.Table == record.Table);
            Assert.True(access.Select && access.Insert);
            Assert.Contains("deleted_at", access.UpdateColumns);
            Assert.Equal([ServiceAccessSql.SignedCaller], access.SelectPredicates);
        }
    }

    [Fact]
    public void The_statements_make_a_noinherit_login_and_put_every_role_in_the_audit_writer_but_leave_the_audit_log_to_its_owner()
    {
        var sql = ServiceAccessSql.Statements(Policy, SocialCareDatabaseTables.Tables, Columns(SocialCareDatabaseTables.Tables), "pass'word");

        Assert.Contains("ALTER ROLE cv_socialcare_api WITH LOGIN NOINHERIT PASSWORD 'pass''word'", sql);
        foreach (var role in Policy.Roles.Select(r => ServiceAccessSql.DbRole("socialcare", r)).Append("cv_socialcare_machine"))
        {
            Assert.Contains(sql, s => s.Contains($"GRANT cv_socialcare_audit_writer TO {role};", StringComparison.Ordinal));
            Assert.Contains(sql, s => s.Contains($"GRANT {role} TO cv_socialcare_api;", StringComparison.Ordinal));
        }

        // The log belongs to cv_audit_owner, which grants the writer role its insert (ServiceAuditSql).
        Assert.DoesNotContain(sql, s => s.Contains("audit_events", StringComparison.Ordinal));
        Assert.Contains("ALTER TABLE case_notes ENABLE ROW LEVEL SECURITY", sql);
        Assert.Contains(sql, s => s.StartsWith("CREATE POLICY cv_socialcare_social_worker_select ON case_notes FOR SELECT TO cv_socialcare_social_worker", StringComparison.Ordinal));
        Assert.DoesNotContain(sql, s => s.Contains("ON case_notes TO cv_socialcare_mash_officer", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "mash-officer", "social-worker" }, "referral", RecordAction.Read, "mash-officer")]
    [InlineData(new[] { "mash-officer", "social-worker" }, "referral", RecordAction.Create, "social-worker")]
    [InlineData(new[] { "mash-officer", "social-worker" }, "case-note", RecordAction.List, "social-worker")]
    [InlineData(new[] { "education-welfare-officer" }, "referral", RecordAction.Read, null)]
    public void A_person_acts_in_the_role_that_allows_the_action_and_reads_most_widely(string[] roles, string recordType, RecordAction action, string? expected)
    {
        var caller = ServiceCaller.From(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim("preferred_username", "someone"), .. roles.Select(r => new Claim("role", r))], "test")), Policy);

        Assert.Equal(expected, RecordAuthorisation.ActingRole(caller, Policy, "socialcare", recordType, action));
    }
}
