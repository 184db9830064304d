using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;

namespace ChildView.Testing;

/// <summary>
/// Access tokens from the ChildView identity service, obtained the way real callers obtain them:
/// client credentials for services, and for people the browser's authorization code + PKCE flow
/// through the real login page (client <c>childview-cli</c>). Tokens are cached per caller and
/// scope set until shortly before they expire, because every secret or password check costs the
/// server several milliseconds of CPU.
/// </summary>
public sealed partial class TokenClient(Uri identityBaseUrl) : IDisposable
{
    public const string CliClientId = "childview-cli";
    public static readonly Uri CliRedirectUri = new("http://127.0.0.1/callback");

    private const int MaxBrowserSteps = 10;
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromSeconds(60);

    private readonly Uri _baseUrl = identityBaseUrl.AbsoluteUri.EndsWith('/') ? identityBaseUrl : new Uri(identityBaseUrl.AbsoluteUri + "/");
    private readonly HttpClient _tokenEndpoint = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    private readonly ConcurrentDictionary<string, CachedToken> _cache = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _fetching = new();

    public Task<string> ClientCredentialsAsync(string clientId, string clientSecret, params string[] scopes) =>
        GetOrFetchAsync(CacheKey("client", clientId, clientSecret, scopes), () => RedeemAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["scope"] = string.Join(' ', scopes),
        }));

    /// <summary>
    /// Signs in as the user through the login form and redeems the code. Throws when the sign-in or
    /// the authorization is refused. The token may hold fewer scopes than asked for: the identity
    /// service grants only those the user's job roles allow.
    /// </summary>
    public Task<string> UserTokenAsync(string userName, string password, params string[] scopes) =>
        GetOrFetchAsync(CacheKey("user", userName, password, scopes), () => AuthorizationCodeFlowAsync(userName, password, scopes));

    public void Dispose()
    {
        _tokenEndpoint.Dispose();
        foreach (var gate in _fetching.Values)
        {
            gate.Dispose();
        }
    }

    private async Task<CachedToken> AuthorizationCodeFlowAsync(string userName, string password, string[] scopes)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var state = Base64Url(RandomNumberGenerator.GetBytes(16));
        var next = new Uri(_baseUrl, "connect/authorize" + Query(new Dictionary<string, string>
        {
            ["client_id"] = CliClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = CliRedirectUri.AbsoluteUri,
            ["scope"] = string.Join(' ', scopes),
            ["state"] = state,
            ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        }));

        // A fresh cookie jar per flow: one user's session must never leak into another's.
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var signedIn = false;
        for (var step = 0; step < MaxBrowserSteps && !IsCallback(next); step++)
        {
            using var response = await browser.GetAsync(next);
            if (response.Headers.Location is { } location)
            {
                next = new Uri(next, location);
            }
            else if (response.IsSuccessStatusCode && !signedIn)
            {
                next = await SubmitLoginFormAsync(browser, next, await response.Content.ReadAsStringAsync(), userName, password);
                signedIn = true;
            }
            else
            {
                throw new InvalidOperationException($"Authorization for '{userName}' stopped at {next} with HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        if (!IsCallback(next))
        {
            throw new InvalidOperationException($"Authorization for '{userName}' never reached {CliRedirectUri}.");
        }

        var result = HttpUtility.ParseQueryString(next.Query);
        if (result["error"] is { } error)
        {
            throw new InvalidOperationException($"Authorization for '{userName}' was refused: {error} ({result["error_description"]}).");
        }

        if (result["state"] != state || result["code"] is not { } code)
        {
            throw new InvalidOperationException($"Authorization for '{userName}' returned an unexpected callback: {next}.");
        }

        return await RedeemAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = CliClientId,
            ["code"] = code,
            ["redirect_uri"] = CliRedirectUri.AbsoluteUri,
            ["code_verifier"] = verifier,
        });
    }

    /// <summary>Fills in the login form (keeping its hidden antiforgery and return-URL fields) and returns where the server redirects.</summary>
    private static async Task<Uri> SubmitLoginFormAsync(HttpClient browser, Uri page, string html, string userName, string password)
    {
        var fields = HiddenInputs(html);
        fields["UserName"] = userName;
        fields["Password"] = password;
        var action = FormAction().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : page.PathAndQuery;

        using var response = await browser.PostAsync(new Uri(page, action), new FormUrlEncodedContent(fields));
        return response.Headers.Location is { } location
            ? new Uri(page, location)
            : throw new InvalidOperationException($"Sign-in as '{userName}' failed (HTTP {(int)response.StatusCode}): wrong user name or password, or the account is disabled.");
    }

    private async Task<CachedToken> RedeemAsync(Dictionary<string, string> form)
    {
        using var response = await _tokenEndpoint.PostAsync(new Uri(_baseUrl, "connect/token"), new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token request ({form["grant_type"]} for {form["client_id"]}) failed with HTTP {(int)response.StatusCode}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        var accessToken = json.RootElement.GetProperty("access_token").GetString()
            ?? throw new InvalidOperationException("The token response had no access_token.");
        var lifetime = json.RootElement.TryGetProperty("expires_in", out var expiresIn) ? TimeSpan.FromSeconds(expiresIn.GetInt32()) : TimeSpan.Zero;
        return new CachedToken(accessToken, DateTimeOffset.UtcNow + lifetime);
    }

    private async Task<string> GetOrFetchAsync(string key, Func<Task<CachedToken>> fetch)
    {
        if (_cache.TryGetValue(key, out var cached) && cached.IsFresh)
        {
            return cached.AccessToken;
        }

        // One fetch per key at a time: parallel tests asking for the same token share a single sign-in.
        var gate = _fetching.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            if (!_cache.TryGetValue(key, out cached) || !cached.IsFresh)
            {
                cached = await fetch();
                _cache[key] = cached;
            }

            return cached.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    // The secret is part of the key (hashed) so a call with a wrong password never gets a token cached for the right one.
    private static string CacheKey(string kind, string who, string secret, string[] scopes) =>
        $"{kind}|{who}|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))}|{string.Join(' ', scopes.Order(StringComparer.Ordinal))}";

    private static bool IsCallback(Uri uri) =>
        uri.GetLeftPart(UriPartial.Path).Equals(CliRedirectUri.AbsoluteUri, StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, string> HiddenInputs(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputTag().Matches(html))
        {
            var attributes = Attribute().Matches(input.Value)
                .DistinctBy(a => a.Groups[1].Value.ToLowerInvariant())
                .ToDictionary(a => a.Groups[1].Value.ToLowerInvariant(), a => WebUtility.HtmlDecode(a.Groups[2].Value));
            if (attributes.GetValueOrDefault("type") == "hidden" && attributes.GetValueOrDefault("name") is { } name)
            {
                fields[name] = attributes.GetValueOrDefault("value") ?? "";
            }
        }

        return fields;
    }

    private static string Query(Dictionary<string, string> parameters) =>
        "?" + string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("<form\\b[^>]*\\baction\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FormAction();

    private sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresAt)
    {
        public bool IsFresh => ExpiresAt - RenewBeforeExpiry > DateTimeOffset.UtcNow;
    }
}
