using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using ChildView.ServiceKit.Auditing;
using ChildView.ServiceKit.Auditing.Postgres;
using ChildView.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// The strongest attacker short of a superuser: the shared owner login, which (CREATEROLE) makes
/// itself a member of the audit tables' owner role, switches their triggers off and rewrites them.
/// </summary>
internal sealed class AuditTamper(PlatformFixture platform)
{
    private readonly ProfileDatabase _db = new(platform);

    public async Task<JsonElement> VerifyAsync()
    {
        using var dpo = platform.GatewayClient(await platform.Tokens.UserTokenAsync("dpo.evans", DemoUsers.Password, ApiResources.Profile.ReadScope));
        return await dpo.GetFromJsonAsync<JsonElement>("/api/profile/dpo/audit/verification");
    }

    public async Task AsOwnerWithoutTriggersAsync(string tamper)
    {
        await using var owner = await _db.OwnerAsync();
        await using var command = new NpgsqlCommand(
            $"""
            GRANT {AuditLogSql.OwnerRole} TO CURRENT_USER;
            ALTER TABLE audit_events DISABLE TRIGGER USER; ALTER TABLE audit_events_chain DISABLE TRIGGER USER;
            {tamper};
            ALTER TABLE audit_events ENABLE TRIGGER USER; ALTER TABLE audit_events_chain ENABLE TRIGGER USER;
            REVOKE {AuditLogSql.OwnerRole} FROM CURRENT_USER;
            """, owner);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Runs a tampering that cannot be undone row by row with the chainer paused, then puts the log and
    /// its chain back as they were, so the tests after it find an intact chain (and no anchor was
    /// written over the tampered state).
    /// </summary>
    public async Task RestoringAfterAsync(Func<Task> attack)
    {
        var worker = platform.Profile.Services.GetServices<IHostedService>().OfType<AuditChainWorker>().Single();
        await worker.StopAsync(CancellationToken.None);
        await AsOwnerWithoutTriggersAsync(
            "DROP TABLE IF EXISTS kept_events, kept_chain; CREATE TABLE kept_events AS SELECT * FROM audit_events; CREATE TABLE kept_chain AS SELECT * FROM audit_events_chain");
        try
        {
            await attack();
        }
        finally
        {
            await AsOwnerWithoutTriggersAsync(
                """
                DELETE FROM audit_events; DELETE FROM audit_events_chain;
                INSERT INTO audit_events SELECT * FROM kept_events; INSERT INTO audit_events_chain SELECT * FROM kept_chain;
                DROP TABLE kept_events, kept_chain
                """);
            await worker.StartAsync(CancellationToken.None);
        }
    }

    public async Task<long[]> LastSeqsAsync(int count)
    {
        await using var owner = await _db.OwnerAsync();
        await using var command = new NpgsqlCommand($"SELECT seq FROM audit_events ORDER BY seq DESC LIMIT {count}", owner);
        var seqs = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            seqs.Add(reader.GetInt64(0));
        }

        return [.. seqs.Order()];
    }

    /// <summary>Waits until the chainer has chained every row up to <paramref name="seq"/>.</summary>
    public Task ChainedThroughAsync(long seq) => Poll.UntilAsync(
        async () => await _db.CountAsOwnerAsync("SELECT coalesce(max(seq), 0) FROM audit_events_chain") >= seq,
        TimeSpan.FromSeconds(30),
        $"the audit chain through row {seq}");

    /// <summary>Waits until an anchor outside the database covers <paramref name="seq"/>.</summary>
    public Task AnchoredThroughAsync(long seq)
    {
        var anchors = platform.Profile.Services.GetRequiredService<AuditAnchorFile>();
        return Poll.UntilAsync(
            () => Task.FromResult(anchors.Read().Anchors.Any(a => a.Seq >= seq)),
            TimeSpan.FromSeconds(30),
            $"an anchor through row {seq}");
    }
}
