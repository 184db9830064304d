using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// Every endpoint of every host, read from its endpoint data sources (what routing will actually
/// serve): authorisation required unless allow-listed below with a reason; a write method never
/// behind a read scope alone; anything under <c>/admin</c> behind an admin scope. Adding an
/// anonymous endpoint fails this test until someone adds it here and says why.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EndpointMetadataTests(PlatformFixture platform)
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>(host, route pattern) → why it may be reached without a token.</summary>
    private static readonly Dictionary<(string Host, string Route), string> Anonymous = new()
    {
        [("*", "/health")] = "orchestrator probes carry no token; answers a status word, no data",
        [("*", "/alive")] = "orchestrator probes carry no token; answers a status word, no data",
        [("identity", "/connect/authorize")] = "the OpenID Connect authorization endpoint: it signs the user in itself (login cookie), validated by OpenIddict",
        [("identity", "/connect/token")] = "the token endpoint: clients authenticate with their secret or PKCE verifier, validated by OpenIddict",
        [("identity", "/connect/userinfo")] = "OpenIddict validates the bearer token itself before the handler runs",
        [("identity", "/connect/endsession")] = "sign-out must work for whoever holds the session cookie",
        [("identity", "/account/login")] = "the login form (GET) and its antiforgery-protected POST",
        [("identity", "/")] = "says only whether the caller is signed in",
    };

    private IEnumerable<(string Host, IServiceProvider Services)> Hosts =>
    [
        ("identity", platform.Identity.Services),
        ("gateway", platform.Gateway.Services),
        ("education", platform.Education.Services),
        ("socialcare", platform.SocialCare.Services),
        ("youthoffending", platform.YouthOffending.Services),
        ("earlyyears", platform.EarlyYears.Services),
        ("profile", platform.Profile.Services),
    ];

    private IReadOnlyList<ScannedEndpoint> Endpoints() =>
    [
        .. Hosts.SelectMany(host => host.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(endpoint => new ScannedEndpoint(host.Host, endpoint))),
    ];

    [Fact]
    public void Every_host_exposes_endpoints_to_scan()
    {
        var hosts = Endpoints().Select(e => e.Host).Distinct().ToHashSet();

        Assert.All(Hosts, host => Assert.Contains(host.Host, hosts));
    }

    [Fact]
    public void Every_endpoint_requires_authorisation_unless_allow_listed()
    {
        var open = Endpoints()
            .Where(e => !e.RequiresAuthorisation && !IsAllowListed(e))
            .Select(e => e.ToString())
            .Distinct()
            .ToList();

        Assert.True(open.Count == 0, "Endpoints reachable without authorisation (require a scope, or allow-list with a reason):\n" + string.Join("\n", open));
    }

    [Fact]
    public void The_allow_list_names_only_endpoints_that_exist_and_are_anonymous()
    {
        var endpoints = Endpoints();
        var stale = Anonymous.Keys
            .Where(entry => !endpoints.Any(e => Matches(entry, e) && !e.RequiresAuthorisation))
            .Select(entry => $"{entry.Host} {entry.Route}")
            .ToList();

        Assert.True(stale.Count == 0, "Allow-listed but not (or no longer) anonymous; remove from the list:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void Every_write_method_needs_a_write_or_admin_scope_never_a_read_scope_alone()
    {
        var writeOrAdmin = ApiResources.All.SelectMany(api => new[] { api.WriteScope, api.AdminScope }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var weak = Endpoints()
            .Where(e => e.RequiresAuthorisation && e.Methods.Any(WriteMethods.Contains))
            .Where(e => !e.Policies.Any(writeOrAdmin.Contains))
            .Select(e => $"{e} needs only [{string.Join(", ", e.Policies)}]")
            .Distinct()
            .ToList();

        Assert.True(weak.Count == 0, "Write endpoints without a write or admin scope:\n" + string.Join("\n", weak));
    }

    [Fact]
    public void Everything_under_admin_needs_an_admin_scope()
    {
        var adminScopes = ApiResources.All.Select(api => api.AdminScope).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var weak = Endpoints()
            .Where(e => e.Route.Split('/').Contains("admin", StringComparer.OrdinalIgnoreCase))
            .Where(e => !e.Policies.Any(adminScopes.Contains))
            .Select(e => $"{e} needs only [{string.Join(", ", e.Policies)}]")
            .Distinct()
            .ToList();

        Assert.True(weak.Count == 0, "Administration endpoints without an admin scope:\n" + string.Join("\n", weak));
    }

    private static bool IsAllowListed(ScannedEndpoint endpoint) => Anonymous.Keys.Any(entry => Matches(entry, endpoint));

    private static bool Matches((string Host, string Route) entry, ScannedEndpoint endpoint) =>
        (entry.Host == "*" || entry.Host == endpoint.Host) && entry.Route == endpoint.Route;

    private sealed class ScannedEndpoint(string host, RouteEndpoint endpoint)
    {
        private static readonly string[] AllMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

        public string Host { get; } = host;

        public string Route { get; } = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');

        /// <summary>An endpoint with no method metadata answers every method.</summary>
        public IReadOnlyList<string> Methods { get; } =
            endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? [.. methods] : AllMethods;

        public bool RequiresAuthorisation { get; } =
            endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;

        public IReadOnlyList<string> Policies { get; } =
            [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>()];

        public override string ToString() => $"{Host} {string.Join('|', Methods)} {Route}";
    }
}
