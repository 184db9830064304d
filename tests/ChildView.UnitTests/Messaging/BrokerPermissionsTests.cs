using ChildView.ChildProfile;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Publishers;

namespace ChildView.UnitTests.Messaging;

/// <summary>Who may publish what is declared once, in the contracts; everything else follows from it.</summary>
public sealed class BrokerPermissionsTests
{
    private const string FileHeader = "# user\tconfigure\twrite\tread  (generated from BrokerPermissions; BrokerPermissionsTests fails when out of step)";

    [Fact]
    public void Every_integration_event_type_has_exactly_one_owning_source()
    {
        var unowned = IntegrationEventTypes.All.Where(type => EventOwners.OwnerOf(type) is null).Select(type => type.Name).ToList();
        var published = SourceSystems.All.SelectMany(EventOwners.PublishedBy).ToList();

        Assert.Empty(unowned);
        Assert.Equal(published.Count, published.Distinct().Count());
        Assert.Equal(IntegrationEventTypes.All.Count, published.Count);
    }

    [Fact]
    public void The_permissions_file_infra_sh_applies_matches_the_contracts()
    {
        var expected = string.Join('\n', [FileHeader, .. BrokerPermissions.All.Select(p => $"{p.Service}\t{p.Configure}\t{p.Write}\t{p.Read}")]) + "\n";
        var path = Path.Combine(RepositoryRoot(), "scripts", "broker-permissions.tsv");

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected, $"Write this to scripts/broker-permissions.tsv:\n{expected}");
    }

    [Fact]
    public void The_consumer_permissions_are_for_the_profiles_queues()
    {
        Assert.Equal(ChildProfileApi.ServiceName, BrokerPermissions.Consumer);
    }

    [Fact]
    public void A_publisher_may_write_only_to_its_own_events_exchanges()
    {
        var socialCare = new System.Text.RegularExpressions.Regex(BrokerPermissions.ForPublisher(SourceSystems.SocialCare).Write);
        var education = new System.Text.RegularExpressions.Regex(BrokerPermissions.ForPublisher(SourceSystems.Education).Write);
        var allocation = BrokerPermissions.ExchangeOf(typeof(CaseAllocationRecorded));

        Assert.Matches(socialCare, allocation);
        Assert.DoesNotMatch(education, allocation);
        Assert.DoesNotMatch(education, allocation + "x");
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex(BrokerPermissions.ForConsumer(BrokerPermissions.Consumer).Write), allocation);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ChildView.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ChildView.sln not found above the test's directory.");
    }
}
