using ChildView.ChildProfile.Access.Postgres;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using Npgsql;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// The row policies trust only a caller the application has signed for this backend: whoever runs
/// SQL on the read login cannot name themselves (or a team) into another team's records.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ForgedCallerTests(PlatformFixture platform)
{
    private const string Referrals = "SELECT count(*) FROM service_records WHERE child_id = @c AND record_type = 'referral'";
    private readonly ProfileDatabase _db = new(platform);
    private readonly BusProbe _bus = new(platform);

    private async Task<Guid> TeamChildAsync(string team)
    {
        var childId = await _db.ChildWithReferralAsync(_bus);
        await _db.AllocateAsync(childId, "sw.holder", team);
        return childId;
    }

    [Fact]
    public async Task Settings_stated_by_hand_reveal_nothing()
    {
        var childId = await TeamChildAsync("forge-north");
        await using var connection = await _db.ReaderAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var forge = new NpgsqlCommand(
            $"""
            SET LOCAL ROLE {ProfileAccessSql.DbRole("social-worker")};
            SET LOCAL app.user_name = 'sw.holder'; SET LOCAL app.teams = 'forge-north';
            SET LOCAL app.caller_user = 'sw.holder'; SET LOCAL app.caller_teams = 'forge-north';
            SET LOCAL app.caller_expires = '9999999999'; SET LOCAL app.caller_proof = 'deadbeef';
            """, connection, transaction))
        {
            await forge.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, await ProfileDatabase.CountAsync(connection, transaction, Referrals, ("c", childId)));
    }

    [Fact]
    public async Task A_signed_caller_sees_their_team_but_the_same_proof_on_another_backend_sees_nothing()
    {
        var childId = await TeamChildAsync("forge-south");
        var (signed, transaction) = await _db.AsRoleAsync("social-worker", "sw.member", "forge-south");
        await using (signed)
        {
            Assert.Equal(1, await ProfileDatabase.CountAsync(signed, transaction, Referrals, ("c", childId)));
            await using var read = new NpgsqlCommand(
                "SELECT current_setting('app.caller_user'), current_setting('app.caller_teams'), current_setting('app.caller_expires'), current_setting('app.caller_proof')",
                signed, transaction);
            await using var settings = await read.ExecuteReaderAsync();
            await settings.ReadAsync();
            var stated = Enumerable.Range(0, 4).Select(settings.GetString).ToArray();
            await settings.CloseAsync();

            await using var other = await _db.ReaderAsync();
            await using var replay = await other.BeginTransactionAsync();
            await using (var copy = new NpgsqlCommand(
                $"""
                SET LOCAL ROLE {ProfileAccessSql.DbRole("social-worker")};
                SELECT set_config('app.caller_user', @u, true), set_config('app.caller_teams', @t, true),
                       set_config('app.caller_expires', @e, true), set_config('app.caller_proof', @p, true)
                """, other, replay))
            {
                copy.Parameters.AddWithValue("u", stated[0]);
                copy.Parameters.AddWithValue("t", stated[1]);
                copy.Parameters.AddWithValue("e", stated[2]);
                copy.Parameters.AddWithValue("p", stated[3]);
                await copy.ExecuteNonQueryAsync();
            }

            Assert.NotEqual(signed.ProcessID, other.ProcessID);
            Assert.Equal(0, await ProfileDatabase.CountAsync(other, replay, Referrals, ("c", childId)));
        }
    }

    [Fact]
    public async Task An_expired_proof_reveals_nothing()
    {
        var childId = await TeamChildAsync("forge-east");
        var (connection, transaction) = await _db.AsRoleAsync("social-worker", "sw.member", "forge-east", DateTimeOffset.UtcNow.AddSeconds(-1));
        await using (connection)
        {
            Assert.Equal(0, await ProfileDatabase.CountAsync(connection, transaction, Referrals, ("c", childId)));
        }
    }

    [Fact]
    public async Task Changing_the_signed_teams_by_hand_reveals_nothing()
    {
        var childId = await TeamChildAsync("forge-west");
        var (connection, transaction) = await _db.AsRoleAsync("social-worker", "sw.member", "some-other-team");
        await using (connection)
        {
            await using var widen = new NpgsqlCommand("SET LOCAL app.caller_teams = 'forge-west'", connection, transaction);
            await widen.ExecuteNonQueryAsync();
            Assert.Equal(0, await ProfileDatabase.CountAsync(connection, transaction, Referrals, ("c", childId)));
        }
    }
}
