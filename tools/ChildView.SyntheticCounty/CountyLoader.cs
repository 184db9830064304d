using System.Net.Http.Json;

namespace ChildView.SyntheticCounty;

/// <summary>Sends the county's writes to the services through the gateway, several at a time.</summary>
public static class CountyLoader
{
    /// <summary>Posts every write (the client carries a token with each service's write scope); returns how many were sent.</summary>
    public static async Task<int> LoadAsync(HttpClient gateway, IEnumerable<ServiceWrite> writes, int concurrency, CancellationToken cancellationToken)
    {
        var sent = 0;
        await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (write, ct) =>
        {
            using var response = await gateway.PostAsJsonAsync($"/api/{write.Service}{write.Path}", write.Body, ct);
            if (!response.IsSuccessStatusCode)
            {
                var problem = await response.Content.ReadAsStringAsync(ct);
                throw new HttpRequestException($"POST /api/{write.Service}{write.Path} answered {(int)response.StatusCode}: {problem}");
            }

            Interlocked.Increment(ref sent);
        });
        return sent;
    }
}
