using ChildView.IntegrationTests.Pipeline;
using ChildView.IntegrationTests.Support;
using Npgsql;

namespace ChildView.IntegrationTests.Security.ServiceDatabase;

/// <summary>
/// Whoever runs SQL on a service's request login — a leaked password, an injected statement — gets no
/// further than the roles allow and cannot name themselves into another team's children: the row
/// policies believe only a caller the API signed for this backend, within its expiry.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ForgedServiceCallerTests(PlatformFixture platform)
{
    private const string Referrals = "SELECT count(*) FROM referrals WHERE child_local_id = @child";
    private readonly ServiceDatabase _db = new(platform, "socialcare");
    private readonly PipelineClients _clients = new(platform);

    [Fact]
    public async Task The_login_alone_reads_nothing_and_cannot_keep_a_role_past_resetting_it()
    {
        await using var login = await _db.LoginAsync();
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await ServiceDatabase.RefusedAsync(login, null, "SELECT count(*) FROM referrals")).SqlState);

        var (connection, transaction) = await _db.AsRoleAsync("mash-officer", "mash.taylor");
        await using (connection)
        {
            await ServiceDatabase.ExecuteAsync(connection, transaction, "RESET ROLE");
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await ServiceDatabase.RefusedAsync(connection, transaction, "SELECT count(*) FROM referrals")).SqlState);
        }
    }

    [Fact]
    public async Task A_signed_social_worker_sees_their_teams_child_and_not_another_teams()
    {
        var (_, localId, _) = await _clients.SocialCareChildAsync("north-cin");

        Assert.Equal(1L, await _db.InRoleAsync("social-worker", "sw.jones", "north-cin", ReferralsOf(localId)));
        Assert.Equal(0L, await _db.InRoleAsync("social-worker", "sw.ahmed", "south-cin", ReferralsOf(localId)));
    }

    /// <summary>Hand-typed settings open nothing, whether they name another team or sit in a role that reads every child.</summary>
    [Theory]
    [InlineData("social-worker", "sw.ahmed", "north-cin")]
    [InlineData("mash-officer", "mash.taylor", "mash")]
    public async Task Settings_typed_by_hand_reveal_no_rows(string role, string userName, string teams)
    {
        var (_, localId, _) = await _clients.SocialCareChildAsync("north-cin");

        var (connection, transaction) = await _db.AsRoleUnsignedAsync(role, userName, teams);
        await using (connection)
        {
            Assert.Equal(0L, await ServiceDatabase.ScalarAsync<long>(connection, transaction, Referrals, ("child", localId)));
            Assert.Equal(0L, await ServiceDatabase.ScalarAsync<long>(connection, transaction, "SELECT count(*) FROM case_allocations WHERE child_local_id = @child", ("child", localId)));
        }
    }

    [Fact]
    public async Task Widening_the_signed_teams_afterwards_reveals_nothing()
    {
        var (_, localId, _) = await _clients.SocialCareChildAsync("north-cin");

        Assert.Equal(0L, await _db.InRoleAsync("social-worker", "sw.ahmed", "south-cin", ReferralsOf(localId, "SELECT set_config('app.caller_teams', 'north-cin', true)")));
    }

    [Fact]
    public async Task An_expired_proof_reveals_nothing()
    {
        var (_, localId, _) = await _clients.SocialCareChildAsync("north-cin");

        Assert.Equal(0L, await _db.InRoleAsync("social-worker", "sw.jones", "north-cin", ReferralsOf(localId), DateTimeOffset.UtcNow.AddSeconds(-1)));
    }

    [Fact]
    public async Task A_proof_signed_for_another_role_reveals_nothing_in_this_one()
    {
        var (_, localId, _) = await _clients.SocialCareChildAsync("north-cin");

        Assert.Equal(0L, await _db.InRoleAsync("social-care-team-manager", "sw.jones", "north-cin", ReferralsOf(localId, $"SET LOCAL ROLE {_db.DbRole("social-worker")}")));
    }

    [Fact]
    public async Task A_signed_caller_switching_to_a_role_that_reads_everything_reads_nothing()
    {
        var (_, localId, _) = await _clients.SocialCareChildAsync("north-cin");

        Assert.Equal(1L, await _db.InRoleAsync("mash-officer", "mash.taylor", "mash", ReferralsOf(localId)));
        Assert.Equal(0L, await _db.InRoleAsync("social-worker", "sw.ahmed", "south-cin", ReferralsOf(localId, $"SET LOCAL ROLE {_db.DbRole("mash-officer")}")));
        Assert.Equal(0L, await _db.InRoleAsync("social-worker", "sw.ahmed", "south-cin", ReferralsOf(localId, "SET LOCAL ROLE cv_socialcare_machine")));
    }

    /// <summary>Counts the child's referrals the transaction sees, after <paramref name="first"/> if given.</summary>
    private static Func<NpgsqlConnection, NpgsqlTransaction, Task<long>> ReferralsOf(string localId, string? first = null) => async (connection, transaction) =>
    {
        if (first is not null)
        {
            await ServiceDatabase.ExecuteAsync(connection, transaction, first);
        }

        return await ServiceDatabase.ScalarAsync<long>(connection, transaction, Referrals, ("child", localId));
    };
}
