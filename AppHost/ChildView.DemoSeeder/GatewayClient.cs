using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ChildView.DemoSeeder;

public sealed class GatewayClient(HttpClient http)
{
    public void UseToken(string accessToken) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

    /// <summary>Writes a synthetic county's records through the gateway, a few at a time.</summary>
    public Task<int> LoadAsync(IEnumerable<ChildView.SyntheticCounty.ServiceWrite> writes, CancellationToken cancellationToken) =>
        ChildView.SyntheticCounty.CountyLoader.LoadAsync(http, writes, concurrency: 8, cancellationToken);

    public async Task PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"POST {path} answered {(int)response.StatusCode}: {problem}");
        }
    }

    /// <summary>Creates a record and returns its id, for records that refer to it.</summary>
    public async Task<Guid> PostForIdAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"POST {path} answered {(int)response.StatusCode}: {problem}");
        }

        return (await response.Content.ReadFromJsonAsync<Created>(cancellationToken))!.Id;
    }

    private sealed record Created(Guid Id);

    /// <summary>Seeding is idempotent on the first demo pupil: the operations client may read Education, not profiles (those are for people).</summary>
    public async Task<bool> PupilExistsForUpnAsync(string upn, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/api/education/pupils?upn={upn}", cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return false;
        }

        var page = await response.Content.ReadFromJsonAsync<SearchPage>(cancellationToken);
        return page is { Total: > 0 };
    }

    private sealed record SearchPage(int Total);
}
