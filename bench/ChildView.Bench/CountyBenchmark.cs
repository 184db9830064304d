using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using ChildView.Contracts.Security;
using ChildView.SyntheticCounty;
using ChildView.Testing;
using Npgsql;

namespace ChildView.Bench;

/// <summary>
/// Generates a county (20,000 children by default) and loads every child's records into the four
/// services through the gateway, then waits until the profile holds them all. Baseline, same run:
/// the same number of concurrent pupil writes straight to Education, skipping the gateway.
/// </summary>
public sealed class CountyBenchmark(BenchOptions options) : IBenchmark
{
    private const int Concurrency = 16;
    private const int BaselineWrites = 1000;
    private static readonly DateOnly Today = new(2026, 9, 1);

    public async Task<string> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var county = new CountyGenerator().Generate(options.Children, seed: 20261125, Today);
        var writes = CountyRequests.For(county).ToList();
        var generateMs = clock.Elapsed.TotalMilliseconds;

        await using var platform = new PlatformHost();
        await platform.StartAsync();
        using var gateway = platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", [.. ApiResources.All.Where(a => a.WriteScope is not null).Select(a => a.WriteScope!)]));

        var baselinePerSecond = await DirectPupilWritesPerSecondAsync(platform);

        clock.Restart();
        var loaded = await CountyLoader.LoadAsync(gateway, writes, Concurrency, CancellationToken.None);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        await WaitUntilProfileHoldsAsync(platform, loaded + BaselineWrites);
        var visibleSeconds = clock.Elapsed.TotalSeconds;

        var perSecond = loaded / loadSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"county children={county.Children.Count()} households={county.Households.Count} records={loaded} generate_ms={generateMs:0} " +
            $"load_s={loadSeconds:0.0} load_records_per_s={perSecond:0} direct_pupils_per_s={baselinePerSecond:0} ratio_vs_direct={perSecond / baselinePerSecond:0.00} " +
            $"all_in_profile_s={visibleSeconds:0.0}");
    }

    private static async Task<double> DirectPupilWritesPerSecondAsync(PlatformHost platform)
    {
        using var education = new HttpClient { BaseAddress = platform.Education.BaseAddress };
        education.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.ServiceTokenAsync("education-service", ApiResources.Education.WriteScope!));
        var writes = Enumerable.Range(0, BaselineWrites).Select(_ => new ServiceWrite("education", "/pupils", new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn()) }));

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (write, ct) =>
        {
            using var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(education, write.Path, write.Body, ct);
            response.EnsureSuccessStatusCode();
        });
        return BaselineWrites / clock.Elapsed.TotalSeconds;
    }

    private static async Task WaitUntilProfileHoldsAsync(PlatformHost platform, int records)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await Poll.UntilAsync(
            async () =>
            {
                await using var count = new NpgsqlCommand("SELECT count(*) FROM service_records", db);
                return (long)(await count.ExecuteScalarAsync())! >= records;
            },
            TimeSpan.FromMinutes(10),
            $"{records} records in the profile");
    }
}
