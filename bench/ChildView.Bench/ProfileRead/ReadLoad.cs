using System.Diagnostics;

namespace ChildView.Bench.ProfileRead;

/// <summary>
/// A fixed number of concurrent connections, each issuing point reads back to back for a set time;
/// every read must succeed (a refused or failed read would make the figure meaningless).
/// </summary>
public sealed class ReadLoad(int connections, TimeSpan duration)
{
    public sealed record Result(int Reads, double Seconds, List<double> LatenciesMs)
    {
        public double ReadsPerSecond => Reads / Seconds;
    }

    public async Task<Result> RunAsync(Uri gateway, string accessToken, IReadOnlyList<Guid> children)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = gateway };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);

        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            var latencies = new List<double>();
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync($"/api/profile/profiles/{children[random.Next(children.Count)]}", HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"A benchmark read answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return latencies;
        })).ToList();

        var all = (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
        return new Result(all.Count, clock.Elapsed.TotalSeconds, all);
    }
}
