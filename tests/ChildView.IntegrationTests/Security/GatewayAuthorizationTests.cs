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

    private enum Access
    {
        Read,
        Write,
        Admin,
    }

    private static (ApiResource Api, Access Access) Describe(string routeId)
    {
        var route = GatewayRoutes.Routes(ApiResources.All).Single(r => r.RouteId == routeId);
        var access = route.RouteId[(route.RouteId.LastIndexOf('-') + 1)..] switch
        {
            "write" => Access.Write,
            "admin" => Access.Admin,
            _ => Access.Read,
        };
        return (ApiResources.ByName(route.ClusterId!), access);
    }

    private static HttpRequestMessage RequestFor(ApiResource api, Access access) => access switch
    {
        // The profile takes no writes of children's data; its writes are requests for emergency access.
        Access.Write when api == ApiResources.Profile => new HttpRequestMessage(HttpMethod.Post, $"/api/profile/profiles/{Guid.NewGuid()}/break-glass") { Content = JsonContent.Create(new { }) },
        Access.Write => new HttpRequestMessage(HttpMethod.Post, $"/api/{api.Name}/{Resources[api.Name]}") { Content = JsonContent.Create(new { }) },
        Access.Admin => new HttpRequestMessage(HttpMethod.Get, $"/api/{api.Name}/admin/no-such-operation"),
        _ => new HttpRequestMessage(HttpMethod.Get, $"/api/{api.Name}/{Resources[api.Name]}/{Guid.NewGuid()}"),
    };

    /// <summary>
    /// The API's own service client holds exactly that API's working scopes; only the operations
    /// client holds the admin scopes.
    /// </summary>
    private Task<string> TokenWithScopeAsync(ApiResource api, Access access) => (api, access) switch
    {
        (_, Access.Admin) => platform.ServiceTokenAsync("childview-ops", api.AdminScope!),

        // Profiles are read by people in a job role, so the profile's scope is tested with a user's token.
        ({ Name: "profile" }, _) => platform.Tokens.UserTokenAsync("mash.taylor", Identity.Users.DemoUsers.Password, [.. api.Scopes]),
        _ => platform.ServiceTokenAsync($"{api.Name}-service", [.. api.Scopes]),
    };

    private Task<string> TokenWithoutScopeAsync(ApiResource api, Access access) => access == Access.Admin
        ? platform.ServiceTokenAsync($"{api.Name}-service", [.. api.Scopes])
        : api == ApiResources.Education
            ? platform.ServiceTokenAsync("socialcare-service", [.. ApiResources.SocialCare.Scopes])
            : platform.ServiceTokenAsync("education-service", [.. ApiResources.Education.Scopes]);

    /// <summary>What the service itself answers once the gateway lets a request through.</summary>
    private static HttpStatusCode ServiceAnswer(Access access) => access switch
    {
        Access.Write => HttpStatusCode.BadRequest, // an empty body is a validation problem
        _ => HttpStatusCode.NotFound, // an unknown id or operation
    };

    [Theory]
    [MemberData(nameof(RouteIds))]
    public async Task Without_a_token_every_route_is_401(string routeId)
    {
        var (api, access) = Describe(routeId);
        using var client = platform.GatewayClient(null);

        using var response = await client.SendAsync(RequestFor(api, access));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(RouteIds))]
    public async Task A_token_without_the_routes_scope_is_403(string routeId)
    {
        var (api, access) = Describe(routeId);
        using var client = platform.GatewayClient(await TokenWithoutScopeAsync(api, access));

        using var response = await client.SendAsync(RequestFor(api, access));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(RouteIds))]
    public async Task A_token_with_the_routes_scope_reaches_the_service(string routeId)
    {
        var (api, access) = Describe(routeId);
        using var client = platform.GatewayClient(await TokenWithScopeAsync(api, access));

        using var response = await client.SendAsync(RequestFor(api, access));

        Assert.Equal(ServiceAnswer(access), response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(RouteIds))]
    public async Task A_read_only_user_may_read_but_never_write(string routeId)
    {
        var (api, access) = Describe(routeId);
        var mashOfficer = await platform.Tokens.UserTokenAsync("mash.taylor", Identity.Users.DemoUsers.Password, [.. ApiResources.All.Select(a => a.ReadScope)]);
        using var client = platform.GatewayClient(mashOfficer);

        using var response = await client.SendAsync(RequestFor(api, access));

        Assert.Equal(access == Access.Read ? ServiceAnswer(access) : HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_path_needs_the_admin_scope_whatever_the_method()
    {
        using var client = platform.GatewayClient(await platform.ServiceTokenAsync("education-service", [.. ApiResources.Education.Scopes]));

        using var read = await client.GetAsync("/api/education/admin/republish/pupils");
        using var write = await client.PostAsync("/api/education/admin/republish/pupils", null);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task A_forged_token_is_401()
    {
        var genuine = await TokenWithScopeAsync(ApiResources.Education, Access.Read);
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
