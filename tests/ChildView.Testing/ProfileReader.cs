using System.Net;
using System.Net.Http.Json;
using ChildView.ChildProfile.Profiles;

namespace ChildView.Testing;

/// <summary>
/// Reads the aggregated profile through the gateway as a practitioner would. Given the platform, a wait
/// that times out also says what sits in the profile's error queues.
/// </summary>
public sealed class ProfileReader(HttpClient gateway, PlatformHost? platform = null)
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
    public Task<ProfileResponse> WaitForAsync(string query, Func<ProfileResponse, bool> until)
    {
        var lastSeen = "no search answered";
        return Poll.UntilAsync(
            async () =>
            {
                var found = await SearchAsync(query);
                if (found.Items.Count != 1)
                {
                    lastSeen = $"{found.Items.Count} children found";
                    return null;
                }

                var profile = await GetAsync(found.Items[0].Id);
                lastSeen = profile is null
                    ? $"child {found.Items[0].Id} found but its profile not readable"
                    : $"child {profile.Id} with records [{string.Join(", ", profile.Records.Select(r => $"{r.RecordType} v{r.Version}"))}]";
                return profile is not null && until(profile) ? profile : null;
            },
            Deadline,
            $"a profile matching '{query}'",
            async () => platform is null ? lastSeen : $"{lastSeen}; {await platform.ProfileErrorQueuesAsync()}");
    }
}
