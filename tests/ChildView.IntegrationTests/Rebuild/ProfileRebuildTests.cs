using System.Net.Http.Json;
using ChildView.Contracts.Security;
using ChildView.SyntheticCounty;
using ChildView.Testing;
using Npgsql;

namespace ChildView.IntegrationTests.Rebuild;

/// <summary>
/// The profile is a read model: drop its database, start it empty, have every service republish,
/// and it must reach exactly the state it had, a data steward's decisions included (exported before,
/// replayed before the republish). Runs on a platform of its own, since it empties the profile.
/// </summary>
public sealed class ProfileRebuildTests : IAsyncLifetime
{
    private readonly PlatformHost platform = new();

    public Task InitializeAsync() => platform.StartAsync();

    public Task DisposeAsync() => platform.DisposeAsync().AsTask();

    [Fact]
    public async Task A_profile_rebuilt_from_the_services_republish_reaches_the_same_state()
    {
        using var operations = platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", [.. ApiResources.AllScopes]));
        var county = new CountyGenerator().Generate(250, seed: 7, new DateOnly(2026, 9, 1));
        var written = await CountyLoader.LoadAsync(operations, CountyRequests.For(county), concurrency: 4, CancellationToken.None);
        Assert.True(written > 150, $"only {written} writes");
        await SettledAsync();
        var stewardship = new StewardDecisionsAcrossRebuild(platform);
        await stewardship.DecideAsync();
        var before = await SnapshotAsync();
        Assert.Contains(before, line => line.StartsWith("record ", StringComparison.Ordinal));
        Assert.Contains(before, line => line.StartsWith("decision merge ", StringComparison.Ordinal));
        Assert.Contains(before, line => line.StartsWith("decision not-same-person ", StringComparison.Ordinal));
        var decisions = await stewardship.ExportAsync();

        // The operations script (scripts/republish-all.sh) must call exactly these routes.
        var listed = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "scripts", "republish-routes.txt")).Where(line => line.Length > 0 && !line.StartsWith('#'));
        var actual = RepublishRoutes().SelectMany(s => s.Routes.Select(route => $"{s.Service} {route}")).ToList();
        Assert.True(listed.SequenceEqual(actual), "scripts/republish-routes.txt should read:\n" + string.Join("\n", actual));

        await platform.RestartProfileWithEmptyDatabaseAsync();
        Assert.DoesNotContain(await SnapshotAsync(), line => line.StartsWith("record ", StringComparison.Ordinal));
        await stewardship.ReplayAsync(decisions);
        var republished = 0;
        foreach (var (service, routes) in RepublishRoutes())
        {
            foreach (var route in routes)
            {
                using var response = await operations.PostAsync($"/api/{service}{route}", null);
                response.EnsureSuccessStatusCode();
                republished += (await response.Content.ReadFromJsonAsync<RepublishCount>())!.Republished;
            }
        }

        Assert.True(republished >= written, $"republished {republished} of {written}");
        await SettledAsync();
        var after = await SnapshotAsync();

        var missing = before.Except(after).Take(5).ToList();
        var extra = after.Except(before).Take(5).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"the rebuilt profile differs.\nonly before:\n  {string.Join("\n  ", missing)}\nonly after:\n  {string.Join("\n  ", extra)}");
        Assert.Equal(before.Count, after.Count);
    }

    private sealed record RepublishCount(string RecordType, int Republished);

    private IEnumerable<(string Service, IReadOnlyList<string> Routes)> RepublishRoutes() =>
    [
        ("education", PlatformHost.RepublishRoutes(platform.Education)),
        ("socialcare", PlatformHost.RepublishRoutes(platform.SocialCare)),
        ("youthoffending", PlatformHost.RepublishRoutes(platform.YouthOffending)),
        ("earlyyears", PlatformHost.RepublishRoutes(platform.EarlyYears)),
    ];

    private async Task<IReadOnlyList<string>> SnapshotAsync()
    {
        await using var owner = await platform.OpenDatabaseAsync("profile");
        return await ProfileSnapshot.TakeAsync(owner);
    }

    /// <summary>
    /// Every outbox sent, every profile queue empty and the profile's inbox unchanged for three
    /// seconds: the broker's queue statistics lag by a few seconds, so they alone cannot tell.
    /// </summary>
    private async Task SettledAsync()
    {
        var (lastProcessed, quietSeconds) = (-1L, 0);
        await Poll.UntilAsync(
            async () =>
            {
                await Task.Delay(1000);
                await using var profile = await platform.OpenDatabaseAsync("profile");
                await using var inbox = new NpgsqlCommand("SELECT count(*) FROM inbox_messages", profile);
                var processed = (long)(await inbox.ExecuteScalarAsync())!;
                var queuesDrained = (await platform.Rabbit.QueuesAsync(platform.Infrastructure.VirtualHost))
                    .Where(q => q.Name.StartsWith("profile-", StringComparison.Ordinal) && !q.Name.EndsWith("_error", StringComparison.Ordinal))
                    .All(q => q.IsDrained);
                quietSeconds = processed == lastProcessed && queuesDrained && await OutboxesEmptyAsync() ? quietSeconds + 1 : 0;
                lastProcessed = processed;
                return quietSeconds >= 3;
            },
            TimeSpan.FromMinutes(3),
            "the services' outboxes and the profile's queues to empty");
    }

    private async Task<bool> OutboxesEmptyAsync()
    {
        foreach (var service in new[] { "education", "socialcare", "youthoffending", "earlyyears" })
        {
            await using var db = await platform.OpenDatabaseAsync(service);
            await using var pending = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", db);
            if ((long)(await pending.ExecuteScalarAsync())! > 0)
            {
                return false;
            }
        }

        return true;
    }
}
