using System.Reflection;
using ChildView.ChildProfile;
using ChildView.Contracts.IntegrationEvents;
using ChildView.EarlyYears;
using ChildView.Education;
using ChildView.SocialCare;
using ChildView.YouthOffending;
using NetArchTest.Rules;

namespace ChildView.UnitTests.Architecture;

/// <summary>Services own their data and talk only through integration events: they never reference each other.</summary>
public sealed class ServiceBoundaryTests
{
    private static readonly string[] SharedBuildingBlocks =
        ["ChildView.Contracts", "ChildView.Messaging", "ChildView.ServiceKit", "ChildView.ServiceDefaults", "ChildView.Linkage"];

    public static TheoryData<string> Services => new()
    {
        "ChildView.Education", "ChildView.SocialCare", "ChildView.YouthOffending", "ChildView.EarlyYears", "ChildView.ChildProfile",
    };

    internal static readonly Dictionary<string, Assembly> ServiceAssemblies = new()
    {
        ["ChildView.Education"] = typeof(EducationMarker).Assembly,
        ["ChildView.SocialCare"] = typeof(SocialCareMarker).Assembly,
        ["ChildView.YouthOffending"] = typeof(YouthOffendingMarker).Assembly,
        ["ChildView.EarlyYears"] = typeof(EarlyYearsMarker).Assembly,
        ["ChildView.ChildProfile"] = typeof(ChildProfileMarker).Assembly,
    };

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_project_references_only_the_shared_building_blocks(string service)
    {
        var references = RepositoryLayout.ProjectReferencesOf($"services/{service}/{service}.csproj");

        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.Contains(reference, SharedBuildingBlocks));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_assembly_depends_on_no_other_service(string service)
    {
        var others = ServiceAssemblies.Keys.Where(name => name != service).ToArray();

        var result = Types.InAssembly(ServiceAssemblies[service]).ShouldNot().HaveDependencyOnAny(others).GetResult();

        Assert.True(result.IsSuccessful, $"{service} depends on another service: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_contracts_assembly_depends_on_nothing_of_ours()
    {
        Assert.Empty(RepositoryLayout.ProjectReferencesOf("services/ChildView.Contracts/ChildView.Contracts.csproj"));
        var ours = typeof(IIntegrationEvent).Assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("ChildView.", StringComparison.Ordinal));
        Assert.Empty(ours);
    }

    [Theory]
    [InlineData("services/ChildView.Messaging/ChildView.Messaging.csproj")]
    [InlineData("services/ChildView.ServiceKit/ChildView.ServiceKit.csproj")]
    [InlineData("tools/ChildView.Linkage/Engine/ChildView.Linkage.csproj")]
    public void Building_blocks_know_no_service(string buildingBlock)
    {
        var references = RepositoryLayout.ProjectReferencesOf(buildingBlock);

        Assert.All(references, reference => Assert.DoesNotContain(reference, ServiceAssemblies.Keys));
    }
}
