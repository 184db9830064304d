using ChildView.Contracts.Access;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// What PostgreSQL itself refuses, whatever the application does: the read login alone reads
/// nothing, and each job role is held to its columns and rows by grants and row policies.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DatabaseEnforcementTests(PlatformFixture platform)
{
    private const string InsufficientPrivilege = "42501";
    private readonly ProfileDatabase _db = new(platform);
    private readonly BusProbe _bus = new(platform);

    private Task<Guid> ChildWithReferralAsync() => _db.ChildWithReferralAsync(_bus);

    [Fact]
    public async Task The_read_login_without_a_role_is_refused_every_table()
    {
        await using var reader = await _db.ReaderAsync();

        foreach (var table in new[] { "children", "service_records", "child_identifiers", "allocations", "break_glass_grants", "audit_events" })
        {
            var refused = await ProfileDatabase.RefusedAsync(reader, null, $"SELECT count(*) FROM {table}");
            Assert.Equal(InsufficientPrivilege, refused.SqlState);
        }
    }

    [Fact]
    public async Task A_role_the_policy_shows_nothing_cannot_read_children_at_all()
    {
        var (connection, transaction) = await _db.AsRoleAsync("system-administrator");
        await using (connection)
        {
            Assert.Equal(InsufficientPrivilege, (await ProfileDatabase.RefusedAsync(connection, transaction, "SELECT given_name FROM children")).SqlState);
        }
    }

    [Fact]
    public async Task The_data_protection_officer_reads_names_but_no_service_record()
    {
        await ChildWithReferralAsync();
        var (connection, transaction) = await _db.AsRoleAsync("data-protection-officer");
        await using (connection)
        {
            Assert.True(await ProfileDatabase.CountAsync(connection, transaction, "SELECT count(given_name) FROM children") > 0);
            Assert.Equal(InsufficientPrivilege, (await ProfileDatabase.RefusedAsync(connection, transaction, "SELECT count(*) FROM service_records")).SqlState);
        }
    }

    [Fact]
    public async Task No_role_may_change_the_read_model_read_allocations_or_touch_the_audit_log()
    {
        foreach (var role in AccessPolicy.Current.Roles)
        {
            foreach (var sql in new[]
            {
                "UPDATE children SET given_name = 'x'",
                "DELETE FROM service_records",
                "SELECT count(*) FROM allocations",
                "INSERT INTO break_glass_grants (id, user_name, role, child_id, reason, purpose, granted_at, expires_at) VALUES (gen_random_uuid(), 'me', 'r', gen_random_uuid(), 'r', 'p', now(), now() + interval '1 day')",
                "UPDATE audit_events SET outcome = 'x'",
                "DELETE FROM audit_events",
            })
            {
                var (connection, transaction) = await _db.AsRoleAsync(role);
                await using (connection)
                {
                    Assert.Equal(InsufficientPrivilege, (await ProfileDatabase.RefusedAsync(connection, transaction, sql)).SqlState);
                }
            }
        }
    }

    [Fact]
    public async Task Row_policies_show_a_social_worker_a_referral_only_through_their_team_or_caseload()
    {
        var childId = await ChildWithReferralAsync();
        const string referrals = "SELECT count(*) FROM service_records WHERE child_id = @c AND record_type = 'referral'";

        async Task<long> VisibleAsync(string user, string teams)
        {
            var (connection, transaction) = await _db.AsRoleAsync("social-worker", user, teams);
            await using (connection)
            {
                return await ProfileDatabase.CountAsync(connection, transaction, referrals, ("c", childId));
            }
        }

        Assert.Equal(0, await VisibleAsync("sw.one", "north-cin"));
        await _db.AllocateAsync(childId, "sw.two", "north-cin");
        Assert.Equal(1, await VisibleAsync("sw.one", "north-cin"));
        Assert.Equal(0, await VisibleAsync("sw.three", "south-cin"));
    }

    [Fact]
    public async Task A_stated_user_name_cannot_widen_what_the_role_may_see()
    {
        var childId = await ChildWithReferralAsync();
        await _db.AllocateAsync(childId, "sw.owner", "west-cin");
        var (connection, transaction) = await _db.AsRoleAsync("early-years-practitioner", "sw.owner", "west-cin");
        await using (connection)
        {
            // Early years may see referrals only through break-the-glass, whoever the session claims to be.
            Assert.Equal(0, await ProfileDatabase.CountAsync(connection, transaction,
                "SELECT count(*) FROM service_records WHERE child_id = @c AND record_type = 'referral'", ("c", childId)));
        }
    }
}
