using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using ChildView.Messaging.Publishers;

namespace ChildView.Testing;

/// <summary>The RabbitMQ management API: virtual hosts for isolation, queue depths for assertions.</summary>
public sealed class RabbitAdmin : IDisposable
{
    private readonly HttpClient _http;

    public RabbitAdmin(int managementPort)
    {
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{managementPort}/api/") };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
    }

    public async Task CreateVirtualHostAsync(string vhost)
    {
        (await _http.PutAsync($"vhosts/{Uri.EscapeDataString(vhost)}", null)).EnsureSuccessStatusCode();
        (await _http.PutAsJsonAsync($"permissions/{Uri.EscapeDataString(vhost)}/guest", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
    }

    public async Task DeleteVirtualHostAsync(string vhost) => await _http.DeleteAsync($"vhosts/{Uri.EscapeDataString(vhost)}");

    /// <summary>A user with no tags (no management access) and the given permissions on one virtual host only.</summary>
    public async Task CreateUserAsync(string user, string password, string vhost, BrokerPermission permission)
    {
        (await _http.PutAsJsonAsync($"users/{Uri.EscapeDataString(user)}", new { password, tags = "" })).EnsureSuccessStatusCode();
        (await _http.PutAsJsonAsync(
            $"permissions/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(user)}",
            new { configure = permission.Configure, write = permission.Write, read = permission.Read })).EnsureSuccessStatusCode();
    }

    public async Task DeleteUserAsync(string user) => await _http.DeleteAsync($"users/{Uri.EscapeDataString(user)}");

    public async Task<IReadOnlyList<QueueState>> QueuesAsync(string vhost)
    {
        using var response = await _http.GetAsync($"queues/{Uri.EscapeDataString(vhost)}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<QueueState>>() ?? [];
    }

    public void Dispose() => _http.Dispose();
}

public sealed record QueueState(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("messages")] int? Messages,
    [property: JsonPropertyName("messages_unacknowledged")] int? Unacknowledged)
{
    public bool IsDrained => (Messages ?? 0) == 0 && (Unacknowledged ?? 0) == 0;
}
