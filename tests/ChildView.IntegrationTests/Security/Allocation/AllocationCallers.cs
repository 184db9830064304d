using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;
using Npgsql;

namespace ChildView.IntegrationTests.Security.Allocation;

/// <summary>The callers allocation tests act as, and staff arranged straight in the identity directory.</summary>
internal sealed class AllocationCallers(PlatformFixture platform)
{
    /// <summary>The operations client with the service's admin scope: what may allocate without a job role.</summary>
    public async Task<HttpClient> AdminClientAsync(ApiResource api) =>
        platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", [.. api.AllScopes]));

    /// <summary>The service's own client with read and write, but not admin.</summary>
    public async Task<HttpClient> WriteOnlyClientAsync(ApiResource api) =>
        platform.GatewayClient(await platform.ServiceTokenAsync($"{api.Name}-service", [.. api.Scopes]));

    public async Task<HttpClient> UserAsync(string userName, ApiResource api) =>
        platform.GatewayClient(await platform.Tokens.UserTokenAsync(userName, DemoUsers.Password, [.. api.Scopes, ApiResources.Profile.ReadScope]));

    /// <summary>A member of staff who exists only in the directory (nobody signs in as them), with a fresh user name.</summary>
    public async Task<string> StaffAsync(string role, string team, bool disabled = false)
    {
        var userName = $"staff.{Guid.NewGuid():N}"[..20];
        await using var db = await platform.OpenDatabaseAsync("identity");
        await using var insert = new NpgsqlCommand(
            "INSERT INTO users (id, user_name, display_name, password_hash, roles, teams, disabled) VALUES (@id, @name, @display, '', @roles, @teams, @disabled)", db);
        insert.Parameters.AddWithValue("id", Guid.NewGuid());
        insert.Parameters.AddWithValue("name", userName);
        insert.Parameters.AddWithValue("display", $"Staff {userName}");
        insert.Parameters.AddWithValue("roles", new[] { role });
        insert.Parameters.AddWithValue("teams", new[] { team });
        insert.Parameters.AddWithValue("disabled", disabled);
        await insert.ExecuteNonQueryAsync();
        return userName;
    }

    /// <summary>A refusal is a 403 problem with a title that says why, not a bare status.</summary>
    public static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
    }

    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static HttpRequestMessage WithIfMatch(HttpMethod method, string uri, object body, long version) => new(method, uri)
    {
        Content = JsonContent.Create(body),
        Headers = { { "If-Match", $"W/\"{version}\"" } },
    };
}
