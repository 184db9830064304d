using ChildView.Contracts.Security;
using ChildView.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;

namespace ChildView.Gateway.Routing;

public static class GatewayExtensions
{
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        // A token for any ChildView API is accepted here; which route it may use is the route's scope policy.
        builder.AddTokenAuthentication([.. ApiResources.All.Select(api => api.Audience)]);

        // Fail closed: anything mapped without an explicit policy is refused, not merely authenticated.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(_ => false).Build());

        builder.Services.AddReverseProxy()
            .LoadFromMemory(GatewayRoutes.Routes(ApiResources.All), GatewayRoutes.Clusters(ApiResources.All))
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }
}
