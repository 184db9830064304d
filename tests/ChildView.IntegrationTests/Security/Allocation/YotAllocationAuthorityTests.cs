using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Security.Allocation;

/// <summary>The same rules in the youth offending API: the YOT team manager allocates within their team; officers do not.</summary>
[Collection(PlatformCollection.Name)]
public sealed class YotAllocationAuthorityTests(PlatformFixture platform)
{
    private const string Allocations = "/api/youthoffending/allocations";
    private static readonly ApiResource Api = ApiResources.YouthOffending;
    private readonly AllocationCallers _callers = new(platform);
    private readonly BusProbe _bus = new(platform);

    private static object Allocation(object child, string officer, string teamCode) => new
    {
        child, officerId = officer, officerName = "Anyone At All", teamCode, fromDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
    };

    private async Task<int> AllocationCountAsync(object child)
    {
        using var admin = await _callers.AdminClientAsync(Api);
        var localId = (string)child.GetType().GetProperty("localId")!.GetValue(child)!;
        return (await admin.GetFromJsonAsync<JsonElement>($"{Allocations}?localId={localId}")).GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task A_yot_officer_cannot_allocate_a_child_to_himself()
    {
        var child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn(), dateOfBirth: "2010-03-04");
        using var brown = await _callers.UserAsync("yot.brown", Api);

        await AllocationCallers.AssertRefusedAsync(await brown.PostAsJsonAsync(Allocations, Allocation(child, "yot.brown", "yot-east")));
        Assert.Equal(0, await AllocationCountAsync(child));
    }

    [Fact]
    public async Task A_yot_team_manager_allocates_to_an_officer_of_the_team_but_not_to_himself_or_another_team()
    {
        var child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn(), dateOfBirth: "2010-03-04");
        using var green = await _callers.UserAsync("ytm.green", Api);
        var westOfficer = await _callers.StaffAsync("yot-officer", "yot-west");

        await AllocationCallers.AssertRefusedAsync(await green.PostAsJsonAsync(Allocations, Allocation(child, "ytm.green", "yot-east")));
        await AllocationCallers.AssertRefusedAsync(await green.PostAsJsonAsync(Allocations, Allocation(child, westOfficer, "yot-west")));
        var created = await AllocationCallers.CreatedAsync(await green.PostAsJsonAsync(Allocations, Allocation(child, "yot.brown", "YOT-EAST")));

        Assert.Equal("ytm.green", created.GetProperty("allocatedBy").GetString());
        Assert.Equal("Jordan Brown", created.GetProperty("officerName").GetString());
        var id = created.GetProperty("id").GetGuid();
        await Poll.UntilAsync(
            async () => await _bus.CountAsync("SELECT count(*) FROM allocations WHERE allocation_id = @id AND allocated_by = 'ytm.green'", ("id", id)) == 1,
            ProfileReader.Deadline, "the allocation with its allocator in the profile");
    }

    [Fact]
    public async Task A_yot_officer_cannot_close_an_allocation_and_a_write_only_client_cannot_allocate()
    {
        var child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn(), dateOfBirth: "2010-03-04");
        using var admin = await _callers.AdminClientAsync(Api);
        using var writeOnly = await _callers.WriteOnlyClientAsync(Api);
        using var brown = await _callers.UserAsync("yot.brown", Api);
        var created = await AllocationCallers.CreatedAsync(await admin.PostAsJsonAsync(Allocations, Allocation(child, "yot.brown", "yot-east")));
        var location = $"{Allocations}/{created.GetProperty("id").GetGuid()}";

        using var close = await brown.SendAsync(AllocationCallers.WithIfMatch(HttpMethod.Post, $"{location}/close", new { toDate = DateOnly.FromDateTime(DateTime.UtcNow) }, 1));

        await AllocationCallers.AssertRefusedAsync(close);
        await AllocationCallers.AssertRefusedAsync(await writeOnly.PostAsJsonAsync(Allocations, Allocation(child, "yot.brown", "yot-east")));
    }
}
