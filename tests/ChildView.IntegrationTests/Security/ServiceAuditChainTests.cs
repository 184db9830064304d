using System.Net;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Pipeline;
using ChildView.IntegrationTests.Support;
using ChildView.ServiceKit.Audit.Postgres;
using Npgsql;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// The services' audit logs are protected as the profile's is: the shared owner login can neither
/// switch off their triggers nor update, delete or truncate them; a rewrite by someone who can (here
/// the owner login making itself the audit owner, as a superuser could) breaks the keyed chain or an
/// anchor; and only the DPO may ask, every asking being audited itself.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ServiceAuditChainTests(PlatformFixture platform)
{
    public static TheoryData<string> Services => ["education", "socialcare", "youthoffending", "earlyyears"];

    private static readonly Dictionary<string, string> AnyRecords = new()
    {
        ["education"] = "pupils", ["socialcare"] = "referrals", ["youthoffending"] = "offence-outcomes", ["earlyyears"] = "setting-registrations",
    };

    private readonly PipelineClients _clients = new(platform);

    /// <summary>Audited traffic: a refused list from the service's own client is a row like any other.</summary>
    private async Task<long> TrafficAsync(AuditTamper tamper, string service, int requests)
    {
        using var client = await _clients.ServiceAsync(ApiResources.ByName(service));
        for (var i = 0; i < requests; i++)
        {
            using var response = await client.GetAsync($"/api/{service}/{AnyRecords[service]}?page=0");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        return (await tamper.LastSeqsAsync(1))[0];
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task The_owner_login_cannot_switch_off_the_triggers_or_change_the_log(string service)
    {
        var tamper = AuditTamper.Service(platform, service);
        await TrafficAsync(tamper, service, 1);
        await using var owner = await tamper.OwnerAsync();

        foreach (var sql in new[]
        {
            "ALTER TABLE audit_events DISABLE TRIGGER USER",
            "ALTER TABLE audit_events DISABLE TRIGGER ALL",
            "ALTER TABLE audit_events OWNER TO CURRENT_USER",
            "UPDATE audit_events SET actor = 'someone-else'",
            "DELETE FROM audit_events",
            "TRUNCATE audit_events",
            "ALTER TABLE audit_events_chain DISABLE TRIGGER USER",
            "UPDATE audit_events_chain SET hash = prev_hash",
            "DELETE FROM audit_events_chain",
            "INSERT INTO audit_events (id, actor, roles, teams, action, record_type, record_ids, child_local_ids, outcome) VALUES (1, 'x', '{}', '{}', 'read', 'x', '{}', '{}', 200)",
            "INSERT INTO audit_events (occurred_at, actor, roles, teams, action, record_type, record_ids, child_local_ids, outcome) VALUES ('2000-01-01', 'x', '{}', '{}', 'read', 'x', '{}', '{}', 200)",
        })
        {
            await using var command = new NpgsqlCommand(sql, owner);
            try
            {
                await command.ExecuteNonQueryAsync();
                Assert.Fail($"{sql}: not refused");
            }
            catch (PostgresException refused)
            {
                Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {refused.SqlState} {refused.MessageText}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Any_member_of_the_writer_role_appends_through_set_role_and_the_database_stamps_number_and_time(string service)
    {
        var tamper = AuditTamper.Service(platform, service);
        var before = await TrafficAsync(tamper, service, 1);
        var (member, stranger) = ($"cv_test_{Guid.NewGuid():N}"[..30], $"cv_test_{Guid.NewGuid():N}"[..30]);
        await using var owner = await tamper.OwnerAsync();
        await ExecuteAsync(owner, null,
            $"CREATE ROLE {member} NOLOGIN; CREATE ROLE {stranger} NOLOGIN; GRANT {ServiceAuditSql.WriterRole(service)} TO {member}; GRANT {member}, {stranger} TO CURRENT_USER");
        try
        {
            const string append = "INSERT INTO audit_events (actor, roles, teams, action, record_type, record_ids, child_local_ids, outcome) VALUES ('job-role', '{}', '{}', 'read', 'x', '{}', '{}', 200)";
            await using (var transaction = await owner.BeginTransactionAsync())
            {
                await ExecuteAsync(owner, transaction, $"SET LOCAL ROLE {member}; {append}");
                var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(owner, transaction, "UPDATE audit_events SET actor = 'x'"));
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
            }

            await using (var transaction = await owner.BeginTransactionAsync())
            {
                await ExecuteAsync(owner, transaction, $"SET LOCAL ROLE {member}; {append}");
                await transaction.CommitAsync();
            }

            await using (var transaction = await owner.BeginTransactionAsync())
            {
                var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(owner, transaction, $"SET LOCAL ROLE {stranger}; {append}"));
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
            }

            await using var stamped = new NpgsqlCommand("SELECT id, occurred_at FROM audit_events WHERE actor = 'job-role' ORDER BY id DESC LIMIT 1", owner);
            await using var reader = await stamped.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.True(reader.GetInt64(0) > before);
            Assert.InRange(reader.GetFieldValue<DateTimeOffset>(1), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        }
        finally
        {
            await ExecuteAsync(owner, null, $"DROP ROLE {member}; DROP ROLE {stranger}");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task After_normal_traffic_the_chain_verifies_and_the_verification_is_audited(string service)
    {
        var tamper = AuditTamper.Service(platform, service);
        var last = await TrafficAsync(tamper, service, 3);
        await tamper.ChainedThroughAsync(last);

        var verification = await tamper.VerifyAsync();

        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());
        Assert.True(verification.GetProperty("chainedRows").GetInt64() >= 3, verification.ToString());
        await using var owner = await tamper.OwnerAsync();
        await using var audited = new NpgsqlCommand(
            "SELECT count(*) FROM audit_events WHERE actor = 'dpo.evans' AND action = 'verify' AND record_type = 'audit-log' AND outcome = 200 AND occurred_at > now() - interval '5 minutes'", owner);
        Assert.True((long)(await audited.ExecuteScalarAsync())! > 0);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Only_the_dpo_may_verify_and_every_refusal_is_audited(string service)
    {
        var tamper = AuditTamper.Service(platform, service);
        foreach (var user in DemoUsers.All.GroupBy(u => u.Role).Select(g => g.First()))
        {
            using var client = await _clients.UserAsync(user.UserName);
            using var response = await client.GetAsync(tamper.VerificationPath);
            var expected = AccessPolicy.Current.AuditReaders.Contains(user.Role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(expected == response.StatusCode, $"{user.UserName} ({user.Role}): {(int)response.StatusCode}");
        }

        // A machine client with the read scope is no DPO either; its refusal is a row of the log.
        using var machine = await _clients.ServiceAsync(ApiResources.ByName(service));
        using var refused = await machine.GetAsync(tamper.VerificationPath);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await using var owner = await tamper.OwnerAsync();
        await using var audited = new NpgsqlCommand($"SELECT count(*) FROM audit_events WHERE actor = '{service}-service' AND action = 'verify' AND outcome = 403", owner);
        Assert.True((long)(await audited.ExecuteScalarAsync())! > 0);
    }

    [Fact]
    public async Task A_row_edited_by_a_superuser_breaks_the_chain_at_that_row()
    {
        var tamper = AuditTamper.Service(platform, "education");
        var last = await TrafficAsync(tamper, "education", 3);
        await tamper.ChainedThroughAsync(last);
        var middle = (await tamper.LastSeqsAsync(3))[1];

        await tamper.RestoringAfterAsync(async () =>
        {
            await tamper.AsOwnerWithoutTriggersAsync($"UPDATE audit_events SET actor = 'someone-else', outcome = 200 WHERE id = {middle}");

            var verification = await tamper.VerifyAsync();
            Assert.False(verification.GetProperty("intact").GetBoolean(), verification.ToString());
            Assert.Equal(middle, verification.GetProperty("firstBrokenSeq").GetInt64());
            Assert.Contains("edited", verification.GetProperty("problem").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Rows_deleted_by_a_superuser_with_the_later_hashes_recomputed_are_detected()
    {
        var tamper = AuditTamper.Service(platform, "socialcare");
        await tamper.ChainedThroughAsync(await TrafficAsync(tamper, "socialcare", 6));
        await tamper.RestoringAfterAsync(async () =>
        {
            await tamper.DeleteRowsAndRelinkWithoutTheKeyAsync("actor");

            var verification = await tamper.VerifyAsync();
            Assert.False(verification.GetProperty("intact").GetBoolean(), verification.ToString());
        });
    }

    [Fact]
    public async Task The_chain_dropped_by_the_owner_login_is_reported_as_broken_not_hidden()
    {
        var tamper = AuditTamper.Service(platform, "education");
        await tamper.ChainedThroughAsync(await TrafficAsync(tamper, "education", 1));
        await tamper.RestoringAfterAsync(async () =>
        {
            // No role taken: the login owns the database's public schema, and a schema's owner may drop what is in it.
            await using (var owner = await tamper.OwnerAsync())
            {
                await ExecuteAsync(owner, null, "DROP TABLE audit_events_chain");
            }

            var verification = await tamper.VerifyAsync();
            await tamper.ProtectAgainAsync();

            Assert.False(verification.GetProperty("intact").GetBoolean(), verification.ToString());
            Assert.Contains("dropped", verification.GetProperty("problem").GetString(), StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Deleting_the_newest_rows_with_their_chain_entries_is_caught_by_the_anchor(string service)
    {
        var tamper = AuditTamper.Service(platform, service);
        var last = await TrafficAsync(tamper, service, 3);
        await tamper.ChainedThroughAsync(last);
        await tamper.AnchoredThroughAsync(last);
        await tamper.RestoringAfterAsync(async () =>
        {
            await tamper.AsOwnerWithoutTriggersAsync($"DELETE FROM audit_events WHERE id >= {last - 1}; DELETE FROM audit_events_chain WHERE id >= {last - 1}");

            var verification = await tamper.VerifyAsync();
            Assert.False(verification.GetProperty("intact").GetBoolean(), verification.ToString());
            Assert.Contains("no longer in the chain", verification.GetProperty("problem").GetString(), StringComparison.Ordinal);
        });
    }
}
