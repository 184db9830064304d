using ChildView.ChildProfile;
using ChildView.Contracts.IntegrationEvents;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Security.Publishers;

/// <summary>
/// An allocation opens a child's whole profile to the worker it names, so the profile applies one
/// only when social care's own broker user published it; anything else is dead-lettered untouched.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ForgedAllocationTests(PlatformFixture platform)
{
    private const string AccessEndpoint = "case-allocation-recorded-access";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly BusProbe _bus = new(platform);

    internal static CaseAllocationRecorded Allocation(string worker, string team)
    {
        var child = new ChildIdentity(SourceSystems.SocialCare, Guid.NewGuid().ToString("N"), "Forged", "Allocation", new DateOnly(2013, 3, 4), "F", TestIdentifiers.NewUpn(), null, null);
        return new CaseAllocationRecorded(Guid.NewGuid(), SourceSystems.SocialCare, 1, DateTimeOffset.UtcNow, child, Guid.NewGuid(), worker, "Anyone", team, new DateOnly(2026, 1, 1), worker);
    }

    private Task<long> AllocationRowsAsync(Guid allocationId) =>
        _bus.CountAsync("SELECT count(*) FROM allocations WHERE allocation_id = @id", ("id", allocationId));

    private async Task AssertDeadLetteredAndNeverAppliedAsync(CaseAllocationRecorded forged, int errorsBefore)
    {
        await Poll.UntilAsync(async () => await _bus.ErrorQueueDepthAsync(AccessEndpoint) == errorsBefore + 1, Deadline, "the forged allocation in the error queue");
        Assert.Equal(0, await AllocationRowsAsync(forged.AllocationId));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_allocation_published_by_a_broker_user_outside_social_care_is_dead_lettered_and_never_applied(bool withUserId)
    {
        var before = await _bus.ErrorQueueDepthAsync(AccessEndpoint);
        var forged = Allocation("ewo.smith", "north-cin");

        // The broker's administrator: it may write anywhere, but it is not social care.
        await using (var outsider = await OutsidePublisher.ConnectAsync(platform.Infrastructure.BrokerAddress, stampIdentity: withUserId))
        {
            await outsider.PublishAsync(forged);
        }

        await AssertDeadLetteredAndNeverAppliedAsync(forged, before);
    }

    [Fact]
    public async Task An_early_years_allocation_published_by_a_broker_user_outside_early_years_is_dead_lettered_and_never_applied()
    {
        const string EarlyYearsEndpoint = "early-years-allocation-recorded-access";
        var before = await _bus.ErrorQueueDepthAsync(EarlyYearsEndpoint);
        var child = new ChildIdentity(SourceSystems.EarlyYears, Guid.NewGuid().ToString("N"), "Forged", "Allocation", new DateOnly(2022, 3, 4), "F", null, null, null);
        var forged = new EarlyYearsAllocationRecorded(
            Guid.NewGuid(), SourceSystems.EarlyYears, 1, DateTimeOffset.UtcNow, child, Guid.NewGuid(), RecordState.Open, "ey.wilson", "Anyone", "early-help-north", null, new DateOnly(2026, 1, 1), null, "ey.wilson");

        await using (var outsider = await OutsidePublisher.ConnectAsync(platform.Infrastructure.BrokerAddress, stampIdentity: true))
        {
            await outsider.PublishAsync(forged);
        }

        await Poll.UntilAsync(async () => await _bus.ErrorQueueDepthAsync(EarlyYearsEndpoint) == before + 1, Deadline, "the forged early years allocation in the error queue");
        Assert.Equal(0, await AllocationRowsAsync(forged.AllocationId));
    }

    [Fact]
    public async Task An_allocation_sent_with_the_profiles_own_broker_user_straight_to_its_queue_is_dead_lettered_and_never_applied()
    {
        var before = await _bus.ErrorQueueDepthAsync(AccessEndpoint);
        var forged = Allocation("sw.ahmed", "south-cin");

        // The profile's user may write to its own endpoints' exchanges (MassTransit moves failures through them), so it can reach the queue.
        await using (var profile = await OutsidePublisher.ConnectAsync(platform.Infrastructure.BrokerAddressFor(ChildProfileApi.ServiceName), stampIdentity: true))
        {
            await profile.SendToEndpointAsync($"{ChildProfileApi.ServiceName}-{AccessEndpoint}", forged);
        }

        await AssertDeadLetteredAndNeverAppliedAsync(forged, before);
    }

    [Fact]
    public async Task An_allocation_published_by_social_care_is_applied()
    {
        var before = await _bus.ErrorQueueDepthAsync(AccessEndpoint);
        var allocation = Allocation("sw.jones", "north-cin");

        await _bus.PublishAsync(allocation);

        await Poll.UntilAsync(async () => await AllocationRowsAsync(allocation.AllocationId) == 1, Deadline, "the allocation in the profile");
        Assert.Equal(before, await _bus.ErrorQueueDepthAsync(AccessEndpoint));
    }
}
