using ChildView.Contracts.Security;
using ChildView.Gateway.Routing;

namespace ChildView.UnitTests.Gateway;

public sealed class GatewayRouteTests
{
    private static readonly IReadOnlyList<Yarp.ReverseProxy.Configuration.RouteConfig> Routes = GatewayRoutes.Routes(ApiResources.All);

    [Fact]
    public void Every_route_names_a_known_scope_policy()
    {
        Assert.NotEmpty(Routes);
        Assert.All(Routes, route => Assert.Contains(route.AuthorizationPolicy, ApiResources.AllScopes));
    }

    [Fact]
    public void Every_api_has_a_read_route_and_writable_apis_a_write_route()
    {
        foreach (var api in ApiResources.All)
        {
            var read = Assert.Single(Routes, r => r.RouteId == $"{api.Name}-read");
            Assert.Equal(api.ReadScope, read.AuthorizationPolicy);
            Assert.Equal(GatewayRoutes.ReadMethods, read.Match.Methods);

            var write = Routes.SingleOrDefault(r => r.RouteId == $"{api.Name}-write");
            Assert.Equal(api.WriteScope, write?.AuthorizationPolicy);
            if (write is not null)
            {
                Assert.Equal(GatewayRoutes.WriteMethods, write.Match.Methods);
            }
        }
    }

    [Fact]
    public void Administrable_apis_have_an_admin_route_for_every_method_under_admin()
    {
        foreach (var api in ApiResources.All.Where(a => a.AdminScope is not null))
        {
            var admin = Assert.Single(Routes, r => r.RouteId == $"{api.Name}-admin");
            Assert.Equal(api.AdminScope, admin.AuthorizationPolicy);
            Assert.Null(admin.Match.Methods);
            Assert.Equal($"/api/{api.Name}/admin/{{**rest}}", admin.Match.Path);
        }
    }

    [Fact]
    public void Read_and_write_routes_never_share_a_method()
    {
        Assert.Empty(GatewayRoutes.ReadMethods.Intersect(GatewayRoutes.WriteMethods));
    }

    [Fact]
    public void Every_route_has_a_cluster()
    {
        var clusters = GatewayRoutes.Clusters(ApiResources.All).Select(c => c.ClusterId).ToHashSet();

        Assert.All(Routes, route => Assert.Contains(route.ClusterId!, clusters));
    }
}
