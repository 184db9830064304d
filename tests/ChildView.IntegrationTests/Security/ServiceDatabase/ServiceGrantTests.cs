using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Pipeline;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;
using Npgsql;

namespace ChildView.IntegrationTests.Security.ServiceDatabase;

/// <summary>What each generated role may do in a service database, tried directly: the policy's read rules and write actions, enforced by grants and row policies.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ServiceGrantTests(PlatformFixture platform)
{
    private readonly PipelineClients _clients = new(platform);

    [Fact]
    public async Task A_role_whose_read_rule_is_none_cannot_select_the_table()
    {
        var socialCare = new ServiceDatabase(platform, "socialcare");
        var (connection, transaction) = await socialCare.AsRoleAsync("education-welfare-officer", "ewo.smith", "inclusion");
        await using (connection)
        {
            var refusal = await ServiceDatabase.RefusedAsync(connection, transaction, "SELECT count(*) FROM referrals");
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
        }

        var (mash, mashTransaction) = await socialCare.AsRoleAsync("mash-officer", "mash.taylor", "mash");
        await using (mash)
        {
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await ServiceDatabase.RefusedAsync(mash, mashTransaction, "SELECT count(*) FROM case_notes")).SqlState);
        }
    }

    [Fact]
    public async Task A_role_without_delete_cannot_write_the_deletion_columns_but_may_update_the_record()
    {
        var education = new ServiceDatabase(platform, "education");
        using var service = await _clients.ServiceAsync(ApiResources.Education);
        var pupil = await PipelineClients.CreateAsync(service, "/api/education/pupils", new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn()) });

        var (connection, transaction) = await education.AsRoleAsync("sen-caseworker", "sen.khan", "sen");
        await using (connection)
        {
            await using (var savepoint = new NpgsqlCommand("SAVEPOINT before_delete", connection, transaction))
            {
                await savepoint.ExecuteNonQueryAsync();
            }

            var refusal = await ServiceDatabase.RefusedAsync(
                connection, transaction, "UPDATE pupils SET deleted_at = now(), deletion_reason = 'gone' WHERE id = @id", ("id", pupil));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
            await ServiceDatabase.ExecuteAsync(connection, transaction, "ROLLBACK TO SAVEPOINT before_delete");

            Assert.Equal(1, await ServiceDatabase.ExecuteAsync(connection, transaction, "UPDATE pupils SET updated_by = 'sen.khan' WHERE id = @id", ("id", pupil)));
        }

        var (welfare, welfareTransaction) = await education.AsRoleAsync("education-welfare-officer", "ewo.smith", "inclusion");
        await using (welfare)
        {
            Assert.Equal(1, await ServiceDatabase.ExecuteAsync(welfare, welfareTransaction, "UPDATE pupils SET deletion_reason = 'duplicate' WHERE id = @id", ("id", pupil)));
        }
    }

    [Fact]
    public async Task A_social_worker_changes_no_row_of_another_teams_child()
    {
        var socialCare = new ServiceDatabase(platform, "socialcare");
        var (_, _, referral) = await _clients.SocialCareChildAsync("north-cin");

        Task<int> Touch(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
            ServiceDatabase.ExecuteAsync(connection, transaction, "UPDATE referrals SET updated_by = 'someone' WHERE id = @id", ("id", referral));

        Assert.Equal(0, await socialCare.InRoleAsync("social-worker", "sw.ahmed", "south-cin", Touch));
        Assert.Equal(1, await socialCare.InRoleAsync("social-worker", "sw.jones", "north-cin", Touch));
    }

    [Fact]
    public async Task A_team_manager_cannot_move_an_allocation_to_a_team_not_theirs()
    {
        var socialCare = new ServiceDatabase(platform, "socialcare");
        var (_, localId, _) = await _clients.SocialCareChildAsync("north-cin");
        var allocation = await socialCare.ScalarAsOwnerAsync<Guid>("SELECT id FROM case_allocations WHERE child_local_id = @child", ("child", localId));

        var (connection, transaction) = await socialCare.AsRoleAsync("social-care-team-manager", "tm.patel", "north-cin");
        await using (connection)
        {
            var refusal = await ServiceDatabase.RefusedAsync(connection, transaction, "UPDATE case_allocations SET team = 'south-cin' WHERE id = @id", ("id", allocation));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
        }
    }

    [Fact]
    public async Task A_social_worker_reads_case_notes_of_their_own_caseload_not_of_their_whole_team()
    {
        var socialCare = new ServiceDatabase(platform, "socialcare");
        var (child, localId, _) = await _clients.SocialCareChildAsync("north-cin");
        using var service = await _clients.ServiceAsync(ApiResources.SocialCare);
        await PipelineClients.CreateAsync(service, "/api/socialcare/case-notes", PipelineClients.CaseNote(child));
        const string Notes = "SELECT count(*) FROM case_notes WHERE child_local_id = @child";

        Task<long> Count(NpgsqlConnection connection, NpgsqlTransaction transaction) => ServiceDatabase.ScalarAsync<long>(connection, transaction, Notes, ("child", localId));

        Assert.Equal(0L, await socialCare.InRoleAsync("social-worker", "sw.colleague", "north-cin", Count));
        Assert.Equal(1L, await socialCare.InRoleAsync("social-worker", "sw.jones", "north-cin", Count));
    }
}
