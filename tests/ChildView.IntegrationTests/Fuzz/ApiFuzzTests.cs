using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace ChildView.IntegrationTests.Fuzz;

/// <summary>
/// Property-based fuzzing of every endpoint each service's OpenAPI document lists, through the
/// gateway with tokens that hold the needed scopes: 0 × 5xx, every 4xx a problem document (a 400
/// naming a field), and nothing written by a rejected request. Seeded; see <see cref="FuzzSettings"/>.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class ApiFuzzTests(PlatformFixture platform, ITestOutputHelper output)
{
    /// <summary>Every request, refusals included, is audited by design (and chained in the background); the audit chain is tested on its own.</summary>
    private static readonly IReadOnlySet<string> AuditedByDesign = new HashSet<string>(StringComparer.Ordinal) { "audit_events", "audit_events_chain" };

    /// <summary>People who between them may use every profile endpoint: MASH (reads, break-the-glass, assigning), the DPO (audit, reviews, stewardship) and a team manager.</summary>
    private static readonly string[] ProfileCallers = ["mash.taylor", "dpo.evans", "tm.patel"];

    public static TheoryData<string> Services => ["education", "socialcare", "youthoffending", "earlyyears", "profile"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Hostile_input_never_breaks_an_endpoint(string service)
    {
        var settings = FuzzSettings.FromEnvironment();
        output.WriteLine($"Replay with {settings}");
        var clock = Stopwatch.StartNew();
        var endpoints = (await EndpointsAsync(service)).Where(settings.Includes).ToList();
        Assert.True(endpoints.Count > 0 || settings.EndpointFilter is not null, $"the {service} OpenAPI document lists no endpoints");

        var fuzzer = new EndpointFuzzer(await CallersAsync(service), new RowCounts(platform.Infrastructure.Database(service), AuditedByDesign), settings);
        if (service == "profile")
        {
            await WaitUntilTheProfileIsQuietAsync();
            fuzzer.Know(await ChildIdsAsync());
        }

        await fuzzer.PrimeAsync(endpoints);
        var failures = await fuzzer.RunAsync(endpoints, output.WriteLine);
        output.WriteLine($"{service}: {endpoints.Count} endpoints, {fuzzer.Requests} requests, {clock.Elapsed.TotalSeconds:F1} s");

        Assert.True(failures.Count == 0,
            $"{failures.Count} of {endpoints.Count} {service} endpoints broke a property (replay with {settings}):\n" + string.Join("\n", failures));
    }

    private async Task<IReadOnlyList<FuzzEndpoint>> EndpointsAsync(string service)
    {
        using var anonymous = new HttpClient { BaseAddress = ServiceAddress(service) };
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        return OpenApiEndpoints.Read(service, document);
    }

    private Uri ServiceAddress(string service) => service switch
    {
        "education" => platform.Education.BaseAddress,
        "socialcare" => platform.SocialCare.BaseAddress,
        "youthoffending" => platform.YouthOffending.BaseAddress,
        "earlyyears" => platform.EarlyYears.BaseAddress,
        _ => platform.Profile.BaseAddress,
    };

    /// <summary>Service APIs are called by the operations client with every scope of the API; the profile by people in job roles.</summary>
    private async Task<IReadOnlyDictionary<string, HttpClient>> CallersAsync(string service)
    {
        if (service != "profile")
        {
            var token = await platform.ServiceTokenAsync("childview-ops", [.. ApiResources.ByName(service).AllScopes]);
            return new Dictionary<string, HttpClient> { ["childview-ops"] = platform.GatewayClient(token) };
        }

        var callers = new Dictionary<string, HttpClient>();
        foreach (var user in ProfileCallers)
        {
            var token = await platform.Tokens.UserTokenAsync(user, DemoUsers.Password, [.. ApiResources.Profile.Scopes]);
            callers[user] = platform.GatewayClient(token);
        }

        return callers;
    }

    /// <summary>
    /// The services' fuzzing publishes events the profile ingests in the background; its row
    /// counts mean something only once every outbox is drained and the profile has settled.
    /// </summary>
    private async Task WaitUntilTheProfileIsQuietAsync()
    {
        var profile = new RowCounts(platform.Infrastructure.Database("profile"), AuditedByDesign);
        IReadOnlyDictionary<string, long>? previous = null;
        await Poll.UntilAsync(async () =>
        {
            foreach (var service in new[] { "education", "socialcare", "youthoffending", "earlyyears" })
            {
                await using var db = await platform.OpenDatabaseAsync(service);
                await using var unsent = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", db);
                if ((long)(await unsent.ExecuteScalarAsync())! > 0)
                {
                    return false;
                }
            }

            var now = await profile.SnapshotAsync();
            var settled = previous is not null && RowCounts.Differences(previous, now).Count == 0;
            previous = now;
            return settled;
        }, TimeSpan.FromSeconds(90), "the services' outboxes to drain and the profile to settle");
    }

    private async Task<IReadOnlyList<Guid>> ChildIdsAsync()
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var command = new NpgsqlCommand("SELECT id FROM children ORDER BY id LIMIT 10", db);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
