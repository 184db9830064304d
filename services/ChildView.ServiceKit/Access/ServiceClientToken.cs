using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace ChildView.ServiceKit.Access;

/// <summary>
/// This service's own client-credentials token for one scope, fetched from the identity service and
/// kept until a minute before it expires (every secret check costs the identity service CPU).
/// </summary>
public sealed class ServiceClientToken(StaffDirectoryOptions options, TimeProvider clock)
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _cached;

    public async Task<string> GetAsync(HttpClient http, string scope, CancellationToken cancellationToken)
    {
        if (_cached is { } fresh && fresh.RenewAt > clock.GetUtcNow())
        {
            return fresh.Token;
        }

        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (_cached is not { } cached || cached.RenewAt <= clock.GetUtcNow())
            {
                cached = await FetchAsync(http, scope, cancellationToken);
                _cached = cached;
            }

            return cached.Token;
        }
        finally
        {
            _fetching.Release();
        }
    }

    private async Task<(string, DateTimeOffset)> FetchAsync(HttpClient http, string scope, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri(options.IdentityBaseUri, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.ClientId,
            ["client_secret"] = options.ClientSecret,
            ["scope"] = scope,
        }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new StaffDirectoryUnavailableException($"The identity service refused this service's token request ({(int)response.StatusCode}).");
        }

        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new StaffDirectoryUnavailableException("The identity service's token response was empty.");
        return (token.AccessToken, clock.GetUtcNow() + TimeSpan.FromSeconds(token.ExpiresIn) - RenewBeforeExpiry);
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
