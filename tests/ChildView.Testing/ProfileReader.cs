using System.Net;
using System.Net.Http.Json;
using ChildView.ChildProfile.Profiles;

namespace ChildView.Testing;

/// <summary>Reads the aggregated profile through the gateway as a practitioner would.</summary>
public sealed class ProfileReader(HttpClient gateway)
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public async Task<ProfileSearchResponse> SearchAsync(string query)
    {
        using var response = await gateway.GetAsync($"/api/profile/profiles?{query}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProfileSearchResponse>())!;
    }

    public async Task<ProfileResponse?> GetAsync(Guid id)
    {
        using var response = await gateway.GetAsync($"/api/profile/profiles/{id}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<ProfileResponse>();
    }

    /// <summary>Waits until the child found by <paramref name="query"/> has a record matching <paramref name="until"/>.</summary>
    public Task<ProfileResponse> WaitForAsync(string query, Func<ProfileResponse, bool> until) =>
        Poll.UntilAsync(
            async () =>
            {
                var found = await SearchAsync(query);
                if (found.Items.Count != 1)
                {
                    return null;
                }

                var profile = await GetAsync(found.Items[0].Id);
                return profile is not null && until(profile) ? profile : null;
            },
            Deadline,
            $"a profile matching '{query}'");
}
