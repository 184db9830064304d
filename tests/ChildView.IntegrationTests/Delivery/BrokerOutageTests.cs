using System.Net;
using System.Net.Http.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Delivery;

/// <summary>The outbox's promise: a write accepted while the broker is down is published once it is back.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BrokerOutageTests(PlatformFixture platform)
{
    private const int WritesPerPhase = 10;

    [Fact]
    public async Task A_broker_restart_in_the_middle_of_a_stream_of_writes_loses_nothing()
    {
        using var education = platform.GatewayClient(await platform.ServiceTokenAsync("education-service", ApiResources.Education.WriteScope!));
        var familyName = $"Outage{Guid.NewGuid():N}"[..20];
        var pupilIds = new List<Guid>();

        async Task WriteAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                using var response = await education.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn(), familyName: familyName, givenName: $"P{pupilIds.Count}") });
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                pupilIds.Add((await response.Content.ReadFromJsonAsync<CreatedRecord>())!.Id);
            }
        }

        await WriteAsync(WritesPerPhase);
        await InfraScript.RunAsync("rabbit-stop");
        try
        {
            await WriteAsync(WritesPerPhase);
        }
        finally
        {
            await InfraScript.RunAsync("rabbit-start");
        }

        await WriteAsync(WritesPerPhase);

        var probe = new BusProbe(platform);
        await Poll.UntilAsync(
            async () => await probe.CountAsync("SELECT count(*) FROM service_records WHERE record_id = ANY(@ids)", ("ids", pupilIds.ToArray())) == pupilIds.Count,
            TimeSpan.FromSeconds(120),
            $"all {pupilIds.Count} pupils in the profile");
        await using var db = await platform.OpenDatabaseAsync("education");
        await using var unsent = new Npgsql.NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", db);
        Assert.Equal(0L, await unsent.ExecuteScalarAsync());
    }

    private sealed record CreatedRecord(Guid Id);
}
