using System.Diagnostics;
using System.Net.Http.Json;
using ChildView.ChildProfile.Profiles;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.Testing;

namespace ChildView.Bench;

/// <summary>
/// Time from a write at Education (through the gateway) until the child is visible in the profile
/// (through the gateway): outbox commit, relay wake-up, broker, consumer, read model. The baseline,
/// measured in the same run, is the synchronous write itself.
/// </summary>
public sealed class PropagationBenchmark(BenchOptions options) : IBenchmark
{
    private const int WarmUpWrites = 20;
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    public async Task<string> RunAsync()
    {
        await using var platform = new PlatformHost();
        await platform.StartAsync();
        using var writer = platform.GatewayClient(await platform.ServiceTokenAsync("education-service", ApiResources.Education.WriteScope!));
        using var reader = platform.GatewayClient(await platform.Tokens.UserTokenAsync("mash.taylor", DemoUsers.Password, ApiResources.Profile.ReadScope));

        for (var i = 0; i < WarmUpWrites; i++)
        {
            await MeasureOneAsync(writer, reader);
        }

        var writes = new List<double>(options.Writes);
        var propagation = new List<double>(options.Writes);
        for (var i = 0; i < options.Writes; i++)
        {
            var (writeMs, visibleMs) = await MeasureOneAsync(writer, reader);
            writes.Add(writeMs);
            propagation.Add(visibleMs);
        }

        var p50 = Percentiles.Of(propagation, 50);
        var writeP50 = Percentiles.Of(writes, 50);
        return $"propagation writes={options.Writes} p50_ms={Percentiles.Format(p50)} p95_ms={Percentiles.Format(Percentiles.Of(propagation, 95))} " +
               $"p99_ms={Percentiles.Format(Percentiles.Of(propagation, 99))} max_ms={Percentiles.Format(propagation.Max())} " +
               $"write_p50_ms={Percentiles.Format(writeP50)} ratio_p50_vs_write={Percentiles.Format(p50 / writeP50)}";
    }

    /// <summary>Milliseconds until the write returned, and until the profile showed it.</summary>
    private static async Task<(double WriteMs, double VisibleMs)> MeasureOneAsync(HttpClient writer, HttpClient reader)
    {
        var upn = TestIdentifiers.NewUpn();
        var clock = Stopwatch.StartNew();
        using (var created = await writer.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: upn) }))
        {
            created.EnsureSuccessStatusCode();
        }

        var writeMs = clock.Elapsed.TotalMilliseconds;
        while (clock.Elapsed < GiveUpAfter)
        {
            var found = await reader.GetFromJsonAsync<ProfileSearchResponse>($"/api/profile/profiles?upn={upn}");
            if (found is { Total: 1 })
            {
                return (writeMs, clock.Elapsed.TotalMilliseconds);
            }

            await Task.Delay(PollEvery);
        }

        throw new TimeoutException($"Pupil {upn} did not reach the profile within {GiveUpAfter}.");
    }
}
