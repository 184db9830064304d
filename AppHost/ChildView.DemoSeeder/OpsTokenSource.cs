using System.Net.Http.Json;
using System.Text.Json.Serialization;
using ChildView.Contracts.Security;

namespace ChildView.DemoSeeder;

/// <summary>A client-credentials token for the operations client, which may write to every service.</summary>
public sealed class OpsTokenSource(HttpClient http, IConfiguration configuration)
{
    public const string ClientId = "childview-ops";

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        var identityUrl = configuration["Identity:Url"] ?? throw new InvalidOperationException("Identity:Url is not set.");
        var secret = configuration["Seeder:ClientSecret"] ?? throw new InvalidOperationException("Seeder:ClientSecret is not set.");
        using var response = await http.PostAsync(
            new Uri(new Uri(identityUrl), "/connect/token"),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = ClientId,
                ["client_secret"] = secret,
                ["scope"] = string.Join(' ', ApiResources.AllScopes),
            }),
            cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        return token?.AccessToken ?? throw new InvalidOperationException("The identity service returned no access token.");
    }

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string AccessToken);
}
