using System.Net;
using System.Net.Http.Json;
using ChildView.Contracts.Security;
using ChildView.Gateway.Routing;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// Every gateway route, generated from the same list the gateway builds its routes from: no token is
/// 401, a token without the route's scope is 403, and a token with it reaches the service.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GatewayAuthorizationTests(PlatformFixture platform)
{
    /// <summary>A path on each API that exists, for reads a record that does not (404 once authorised).</summary>
    private static readonly Dictionary<string, string> Resources = new()
    {
        ["education"] = "pupils",
        ["socialcare"] = "referrals",
        ["youthoffending"] = "offence-outcomes",
        ["earlyyears"] = "setting-registrations",
        ["profile"] = "profiles",
    };

    public static TheoryData<string> RouteIds => [.. GatewayRoutes.Routes(ApiResources.All).Select(r => r.RouteId)];

    private static (ApiResource Api, bool IsWrite) Describe(string routeId)
    {
        var route = GatewayRoutes.Routes(ApiResources.All).Single(r => r.RouteId == routeId);
        return (ApiResources.ByName(route.ClusterId!), route.RouteId.EndsWith("-write", StringComparison.Ordinal));
    }

    private static HttpRequestMessage RequestFor(ApiResource api, bool isWrite) => isWrite
        ? new HttpRequestMessage(HttpMethod.Post, $"/api/{api.Name}/{Resources[api.Name]}") { Content = JsonContent.Create(new { }) }
        : new HttpRequestMessage(HttpMethod.Get, $"/api/{api.Name}/{Resources[api.Name]}/{Guid.NewGuid()}");

    /// <summary>The API's own service client holds exactly that API's scopes; profile-service only profile.read.</summary>
    private Task<string> TokenWithScopeAsync(ApiResource api) => platform.ServiceTokenAsync($"{api.Name}-service", [.. api.Scopes]);

    private Task<string> TokenWithoutScopeAsync(ApiResource api) => api == ApiResources.Education
        ? platform.ServiceTokenAsync("socialcare-service", [.. ApiResources.SocialCare.Scopes])
        : platform.ServiceTokenAsync("education-service", [.. ApiResources.Education.Scopes]);

    [Theory]
    [MemberData(nameof(RouteIds))]
    public async Task Without_a_token_every_route_is_401(string routeId)
    {
        var (api, isWrite) = Describe(routeId);
        using var client = platform.GatewayClient(null);

        using var response = await client.SendAsync(RequestFor(api, isWrite));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(RouteIds))]
    public async Task A_token_without_the_routes_scope_is_403(string routeId)
    {
        var (api, isWrite) = Describe(routeId);
        using var client = platform.GatewayClient(await TokenWithoutScopeAsync(api));

        using var response = await client.SendAsync(RequestFor(api, isWrite));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(RouteIds))]
    public async Task A_token_with_the_routes_scope_reaches_the_service(string routeId)
    {
        var (api, isWrite) = Describe(routeId);
        using var client = platform.GatewayClient(await TokenWithScopeAsync(api));

        using var response = await client.SendAsync(RequestFor(api, isWrite));

        // An empty body is a validation problem and an unknown id is not found: both answered by the service itself.
        Assert.Equal(isWrite ? HttpStatusCode.BadRequest : HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(RouteIds))]
    public async Task A_read_only_user_may_read_but_never_write(string routeId)
    {
        var (api, isWrite) = Describe(routeId);
        var mashOfficer = await platform.Tokens.UserTokenAsync("mash.taylor", Identity.Users.DemoUsers.Password, [.. ApiResources.All.Select(a => a.ReadScope)]);
        using var client = platform.GatewayClient(mashOfficer);

        using var response = await client.SendAsync(RequestFor(api, isWrite));

        Assert.Equal(isWrite ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_forged_token_is_401()
    {
        var genuine = await TokenWithScopeAsync(ApiResources.Education);
        var parts = genuine.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";
        using var client = platform.GatewayClient(forged);

        using var response = await client.GetAsync($"/api/education/pupils/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_probes_are_anonymous_and_say_nothing_but_status()
    {
        using var client = platform.GatewayClient(null);

        using var response = await client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
