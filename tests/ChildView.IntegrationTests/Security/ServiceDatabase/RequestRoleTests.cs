using System.Net;
using System.Net.Http.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Pipeline;
using ChildView.IntegrationTests.Support;
using ChildView.ServiceKit.Access.Postgres;
using ChildView.ServiceKit.Audit.Postgres;
using ChildView.ServiceKit.Auditing.Postgres;
using ChildView.SocialCare.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace ChildView.IntegrationTests.Security.ServiceDatabase;

/// <summary>
/// The API's record requests run in the caller's generated role on the request login, so the database's
/// row policies hold them even where the API's own checks would let them through.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RequestRoleTests(PlatformFixture platform)
{
    private readonly PipelineClients _clients = new(platform);

    [Fact]
    public async Task A_read_the_api_allows_finds_nothing_once_the_database_withdraws_the_roles_row_policy()
    {
        var db = new ServiceDatabase(platform, "socialcare");
        var (_, _, referral) = await _clients.SocialCareChildAsync("north-cin");
        using var mash = await _clients.UserAsync("mash.taylor");
        using (var allowed = await mash.GetAsync($"/api/socialcare/referrals/{referral}"))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var policy = $"{db.DbRole("mash-officer")}_select";
        await WhileWithdrawnAsync(db, $"DROP POLICY {policy} ON referrals", async () =>
        {
            using var withdrawn = await mash.GetAsync($"/api/socialcare/referrals/{referral}");
            Assert.Equal(HttpStatusCode.NotFound, withdrawn.StatusCode);

            // A machine client acts in its own role, which the withdrawn policy does not concern.
            using var service = await _clients.ServiceAsync(ApiResources.SocialCare);
            using var machine = await service.GetAsync($"/api/socialcare/referrals/{referral}");
            Assert.Equal(HttpStatusCode.OK, machine.StatusCode);
        });

        Assert.Equal(1L, await db.ScalarAsOwnerAsync<long>("SELECT count(*) FROM pg_policies WHERE tablename = 'referrals' AND policyname = @name", ("name", policy)));
        using var restored = await mash.GetAsync($"/api/socialcare/referrals/{referral}");
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
    }

    [Fact]
    public async Task A_write_the_database_refuses_halfway_leaves_nothing_behind_but_its_audit_row()
    {
        var db = new ServiceDatabase(platform, "socialcare");
        var (child, localId, _) = await _clients.SocialCareChildAsync("north-cin");
        using var worker = await _clients.UserAsync("sw.jones");
        const string Failures = "SELECT count(*) FROM audit_events WHERE actor = 'sw.jones' AND action = 'create' AND record_type = 'referral' AND outcome = 500";
        var failuresBefore = await db.ScalarAsOwnerAsync<long>(Failures);
        // The referral's row is allowed; its event's outbox row is not, so the save fails after the first insert.
        await WhileWithdrawnAsync(db, $"REVOKE INSERT ON outbox_messages FROM {db.DbRole("social-worker")}", async () =>
        {
            using var failed = await worker.PostAsJsonAsync("/api/socialcare/referrals", new { child, referralDate = "2026-10-05", referralSource = "2A" });
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        });

        Assert.Equal(1L, await db.ScalarAsOwnerAsync<long>("SELECT count(*) FROM referrals WHERE child_local_id = @child", ("child", localId)));
        Assert.Equal(failuresBefore + 1, await db.ScalarAsOwnerAsync<long>(Failures));
        using var created = await worker.PostAsJsonAsync("/api/socialcare/referrals", new { child, referralDate = "2026-10-05", referralSource = "2A" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task A_change_whose_audit_row_cannot_be_written_is_not_kept()
    {
        var db = new ServiceDatabase(platform, "socialcare");
        var (child, localId, _) = await _clients.SocialCareChildAsync("north-cin");
        using var worker = await _clients.UserAsync("sw.jones");
        // The log belongs to the audit owner role: only a member of it may withdraw a grant on it.
        await WhileWithdrawnAsync(db, $"GRANT {AuditLogSql.OwnerRole} TO CURRENT_USER; REVOKE INSERT ON audit_events FROM {ServiceAuditSql.WriterRole("socialcare")}; REVOKE {AuditLogSql.OwnerRole} FROM CURRENT_USER", async () =>
        {
            using var unaudited = await worker.PostAsJsonAsync("/api/socialcare/referrals", new { child, referralDate = "2026-10-06", referralSource = "2A" });
            Assert.Equal(HttpStatusCode.InternalServerError, unaudited.StatusCode);
        });

        Assert.Equal(1L, await db.ScalarAsOwnerAsync<long>("SELECT count(*) FROM referrals WHERE child_local_id = @child", ("child", localId)));
    }

    [Fact]
    public async Task A_refused_request_is_audited_in_a_transaction_that_could_only_audit()
    {
        var db = new ServiceDatabase(platform, "socialcare");
        var (_, localId, _) = await _clients.SocialCareChildAsync("north-cin");
        using var admin = await _clients.UserAsync("admin");
        const string Refusals = "SELECT count(*) FROM audit_events WHERE actor = 'admin' AND record_type = 'referral' AND outcome = 403";
        var before = await db.ScalarAsOwnerAsync<long>(Refusals);

        using var refused = await admin.GetAsync($"/api/socialcare/referrals?localId={localId}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before + 1, await db.ScalarAsOwnerAsync<long>(Refusals));
        await using var writer = await db.LoginAsync();
        await using var transaction = await writer.BeginTransactionAsync();
        await ServiceDatabase.ExecuteAsync(writer, transaction, $"SET LOCAL ROLE {ServiceAuditSql.WriterRole("socialcare")}");
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await ServiceDatabase.RefusedAsync(writer, transaction, "SELECT count(*) FROM referrals")).SqlState);
    }

    /// <summary>Runs <paramref name="act"/> with part of the generated access withdrawn by the owner, then has the start-up bootstrap put it all back.</summary>
    private static async Task WhileWithdrawnAsync(ServiceDatabase db, string withdraw, Func<Task> act)
    {
        try
        {
            await using (var owner = await db.OwnerAsync())
            {
                await ServiceDatabase.ExecuteAsync(owner, null, withdraw);
            }

            await act();
        }
        finally
        {
            var startUp = db.Host.GetServices<IHostedService>().ToList();
            await startUp.OfType<ServiceAuditLogBootstrapper>().Single().StartAsync(CancellationToken.None);
            await startUp.OfType<ServiceAccessBootstrapper<SocialCareDbContext>>().Single().StartAsync(CancellationToken.None);
        }
    }
}
