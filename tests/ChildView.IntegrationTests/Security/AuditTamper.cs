using System.Net.Http.Json;
using System.Text.Json;
using ChildView.ChildProfile.Audit.Postgres;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using ChildView.ServiceKit.Audit.Postgres;
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
/// One audit log: the profile's or a service's, verified as the DPO through the gateway.
/// </summary>
internal sealed class AuditTamper(PlatformFixture platform, string database, AuditLogTable log, Func<IServiceProvider> host, ApiResource api)
{
    public static AuditTamper Profile(PlatformFixture platform) =>
        new(platform, "profile", AuditSql.Log, () => platform.Profile.Services, ApiResources.Profile);

    public static AuditTamper Service(PlatformFixture platform, string service) =>
        new(platform, service, ServiceAuditSql.Log, () => Host(platform, service), ApiResources.ByName(service));

    public static IServiceProvider Host(PlatformFixture platform, string service) => service switch
    {
        "education" => platform.Education.Services,
        "socialcare" => platform.SocialCare.Services,
        "youthoffending" => platform.YouthOffending.Services,
        "earlyyears" => platform.EarlyYears.Services,
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };

    public string VerificationPath => $"/api/{api.Name}/dpo/audit/verification";

    public async Task<JsonElement> VerifyAsync()
    {
        using var dpo = platform.GatewayClient(await platform.Tokens.UserTokenAsync("dpo.evans", DemoUsers.Password, api.ReadScope));
        return await dpo.GetFromJsonAsync<JsonElement>(VerificationPath);
    }

    public Task<NpgsqlConnection> OwnerAsync() => platform.OpenDatabaseAsync(database);

    public async Task AsOwnerWithoutTriggersAsync(string tamper)
    {
        await using var owner = await OwnerAsync();
        await using var command = new NpgsqlCommand(
            $"""
            GRANT {AuditLogSql.OwnerRole} TO CURRENT_USER;
            ALTER TABLE {log.Table} DISABLE TRIGGER USER; ALTER TABLE {log.ChainTable} DISABLE TRIGGER USER;
            {tamper};
            ALTER TABLE {log.Table} ENABLE TRIGGER USER; ALTER TABLE {log.ChainTable} ENABLE TRIGGER USER;
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
        var worker = host().GetServices<IHostedService>().OfType<AuditChainWorker>().Single();
        await worker.StopAsync(CancellationToken.None);
        await AsOwnerWithoutTriggersAsync(
            $"DROP TABLE IF EXISTS kept_events, kept_chain; CREATE TABLE kept_events AS SELECT * FROM {log.Table}; CREATE TABLE kept_chain AS SELECT * FROM {log.ChainTable}");
        try
        {
            await attack();
        }
        finally
        {
            await AsOwnerWithoutTriggersAsync(
                $"""
                DELETE FROM {log.Table}; DELETE FROM {log.ChainTable};
                INSERT INTO {log.Table} SELECT * FROM kept_events; INSERT INTO {log.ChainTable} SELECT * FROM kept_chain;
                DROP TABLE kept_events, kept_chain
                """);
            await worker.StartAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Deletes three chained rows and recomputes every later link with a hash of the attacker's choosing
    /// over <paramref name="contentColumn"/>: all one can do without the chain key.
    /// </summary>
    public Task DeleteRowsAndRelinkWithoutTheKeyAsync(string contentColumn)
    {
        var seq = log.SequenceColumn;
        return AsOwnerWithoutTriggersAsync(
            $"""
            CREATE TEMP TABLE doomed AS SELECT {seq} FROM {log.ChainTable} ORDER BY {seq} DESC OFFSET 2 LIMIT 3;
            DELETE FROM {log.Table} WHERE {seq} IN (SELECT {seq} FROM doomed);
            DELETE FROM {log.ChainTable} WHERE {seq} IN (SELECT {seq} FROM doomed);
            DO $$ DECLARE r record; prev bytea := '\x'::bytea; BEGIN
              FOR r IN SELECT c.{seq} AS seq, e.{contentColumn} AS content FROM {log.ChainTable} c JOIN {log.Table} e USING ({seq}) ORDER BY c.{seq} LOOP
                IF prev <> '\x'::bytea THEN UPDATE {log.ChainTable} SET prev_hash = prev WHERE {seq} = r.seq; END IF;
                UPDATE {log.ChainTable} SET hash = sha256(prev_hash || convert_to(r.content, 'UTF8')) WHERE {seq} = r.seq RETURNING hash INTO prev;
              END LOOP;
            END $$
            """);
    }

    /// <summary>Runs the service's start-up protection again, which recreates a dropped chain table and hands it back to the audit owner.</summary>
    public Task ProtectAgainAsync() =>
        host().GetServices<IHostedService>().OfType<ServiceAuditLogBootstrapper>().Single().StartAsync(CancellationToken.None);

    public async Task<long[]> LastSeqsAsync(int count)
    {
        await using var owner = await OwnerAsync();
        await using var command = new NpgsqlCommand($"SELECT {log.SequenceColumn} FROM {log.Table} ORDER BY {log.SequenceColumn} DESC LIMIT {count}", owner);
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
        async () =>
        {
            await using var owner = await OwnerAsync();
            await using var head = new NpgsqlCommand($"SELECT coalesce(max({log.SequenceColumn}), 0) FROM {log.ChainTable}", owner);
            return (long)(await head.ExecuteScalarAsync())! >= seq;
        },
        TimeSpan.FromSeconds(30),
        $"the {database} audit chain through row {seq}");

    /// <summary>Waits until an anchor outside the database covers <paramref name="seq"/>.</summary>
    public Task AnchoredThroughAsync(long seq)
    {
        var anchors = host().GetRequiredService<AuditAnchorFile>();
        return Poll.UntilAsync(
            () => Task.FromResult(anchors.Read().Anchors.Any(a => a.Seq >= seq)),
            TimeSpan.FromSeconds(30),
            $"an anchor of the {database} audit log through row {seq}");
    }
}
