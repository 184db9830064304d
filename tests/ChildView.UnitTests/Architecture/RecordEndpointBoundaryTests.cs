using NetArchTest.Rules;

namespace ChildView.UnitTests.Architecture;

/// <summary>
/// Every record endpoint of every service is mapped by ServiceKit's one record-endpoint type
/// (<c>ServiceKit/Records/RecordEndpoints</c>): a service declares its records, it does not map routes
/// itself or keep its own helper for the load → If-Match → save → ETag plumbing.
/// </summary>
public sealed class RecordEndpointBoundaryTests
{
    /// <summary>
    /// What mapping a route, or an endpoint helper of one's own, cannot do without: MapGet/MapPost/…, a
    /// route group (the pipeline's <c>MapRecordGroup</c> answers one), and the ETag, paging and republish
    /// plumbing.
    /// </summary>
    private static readonly string[] EndpointPlumbing =
    [
        "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions",
        "Microsoft.AspNetCore.Routing.RouteGroupBuilder",
        "ChildView.ServiceKit.Http.ETags",
        "ChildView.ServiceKit.Republishing.Republisher",
        "ChildView.ServiceKit.Paging.Paging",
    ];

    public static TheoryData<string> Services => new() { "ChildView.Education", "ChildView.SocialCare", "ChildView.YouthOffending", "ChildView.EarlyYears" };

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_maps_no_route_and_touches_no_endpoint_plumbing_itself(string service)
    {
        var result = Types.InAssembly(ServiceBoundaryTests.ServiceAssemblies[service]).ShouldNot().HaveDependencyOnAny(EndpointPlumbing).GetResult();

        Assert.True(result.IsSuccessful, $"{service} maps routes or does endpoint plumbing outside ServiceKit's RecordEndpoints: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_defines_no_record_endpoint_helper_of_its_own(string service)
    {
        var result = Types.InAssembly(ServiceBoundaryTests.ServiceAssemblies[service]).ShouldNot().HaveNameMatching("RecordEndpoint").GetResult();

        Assert.True(result.IsSuccessful, $"{service} defines its own record-endpoint helper: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_plumbing_the_services_may_not_touch_is_what_ServiceKit_maps_records_with()
    {
        var recordEndpoints = Types.InAssembly(typeof(ChildView.ServiceKit.Records.RecordApi<,>).Assembly).That().HaveNameStartingWith("RecordEndpoints");

        Assert.NotEmpty(recordEndpoints.GetTypes());
        Assert.True(recordEndpoints.Should().HaveDependencyOnAny(EndpointPlumbing).GetResult().IsSuccessful);
    }
}
