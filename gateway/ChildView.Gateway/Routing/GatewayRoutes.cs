using ChildView.Contracts.Security;
using Yarp.ReverseProxy.Configuration;

namespace ChildView.Gateway.Routing;

/// <summary>
/// The gateway's routes, generated from <see cref="ApiResources"/>: every API gets a read route,
/// (if writable) a write route split from it by HTTP method, and (if administrable) an admin route
/// for its /admin paths, each naming the scope policy it requires.
/// A route is never written by hand, so none can be left without a policy.
/// </summary>
public static class GatewayRoutes
{
    public const string PathPrefix = "/api";

    public static readonly IReadOnlyList<string> ReadMethods = ["GET", "HEAD"];
    public static readonly IReadOnlyList<string> WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    public static IReadOnlyList<RouteConfig> Routes(IEnumerable<ApiResource> apis) =>
        apis.SelectMany(RoutesFor).ToList();

    public static IReadOnlyList<ClusterConfig> Clusters(IEnumerable<ApiResource> apis) =>
        apis.Select(api => new ClusterConfig
        {
            ClusterId = api.Name,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                // Resolved by service discovery (services:{name}:http:0), from the AppHost or Kubernetes.
                ["primary"] = new() { Address = $"http://{api.Name}" },
            },
        }).ToList();

    private static IEnumerable<RouteConfig> RoutesFor(ApiResource api)
    {
        yield return Route(api, "read", ReadMethods, api.ReadScope);
        if (api.WriteScope is { } writeScope)
        {
            yield return Route(api, "write", WriteMethods, writeScope);
        }

        // More specific than the read and write routes, so any method under /admin needs the admin scope.
        if (api.AdminScope is { } adminScope)
        {
            yield return Route(api, "admin", null, adminScope, $"{AdminSegment}/{{**rest}}");
        }
    }

    public const string AdminSegment = "admin";

    private static RouteConfig Route(ApiResource api, string access, IReadOnlyList<string>? methods, string scope, string pathTail = "{**rest}") => new()
    {
        RouteId = $"{api.Name}-{access}",
        ClusterId = api.Name,
        AuthorizationPolicy = scope,
        Match = new RouteMatch { Path = $"{PathPrefix}/{api.Name}/{pathTail}", Methods = methods },
        Transforms = [new Dictionary<string, string> { ["PathRemovePrefix"] = $"{PathPrefix}/{api.Name}" }],
    };
}
