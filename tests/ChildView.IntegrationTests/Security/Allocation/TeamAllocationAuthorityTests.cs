using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Security.Allocation;

/// <summary>
/// The same rules in the services whose allocations name a worker and a team code (youth offending,
/// early years): the team manager allocates within their team; practitioners do not.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TeamAllocationAuthorityTests(PlatformFixture platform)
{
    private readonly AllocationCallers _callers = new(platform);
    private readonly BusProbe _bus = new(platform);

    /// <summary>A service that allocates, its demo practitioner and manager (one team), and a team neither belongs to.</summary>
    public sealed record Service(
        string Name, ApiResource Api, string WorkerField, string Practitioner, string PractitionerName, string PractitionerRole, string Manager, string Team, string OtherTeam,
        string DateOfBirth)
    {
        public string Allocations => $"/api/{Name}/allocations";

        public override string ToString() => Name;
    }

    public static readonly TheoryData<Service> Services =
    [
        new("youthoffending", ApiResources.YouthOffending, "officerId", "yot.brown", "Jordan Brown", "yot-officer", "ytm.green", "yot-east", "yot-west", "2010-03-04"),
        new("earlyyears", ApiResources.EarlyYears, "practitionerId", "ey.wilson", "Emma Wilson", "early-years-practitioner", "eytm.clarke", "early-help-north", "early-help-south", "2023-03-04"),
    ];

    private static Dictionary<string, object?> Allocation(Service service, object child, string worker, string teamCode) => new()
    {
        ["child"] = child, [service.WorkerField] = worker, ["teamCode"] = teamCode, ["fromDate"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
    };

    private static object Child(Service service) => TestIdentifiers.Child(upn: TestIdentifiers.NewUpn(), dateOfBirth: service.DateOfBirth);

    private async Task<int> AllocationCountAsync(Service service, object child)
    {
        using var admin = await _callers.AdminClientAsync(service.Api);
        var localId = (string)child.GetType().GetProperty("localId")!.GetValue(child)!;
        return (await admin.GetFromJsonAsync<JsonElement>($"{service.Allocations}?localId={localId}")).GetProperty("total").GetInt32();
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_practitioner_cannot_allocate_a_child_to_themselves(Service service)
    {
        var child = Child(service);
        using var practitioner = await _callers.UserAsync(service.Practitioner, service.Api);

        await AllocationCallers.AssertRefusedAsync(await practitioner.PostAsJsonAsync(service.Allocations, Allocation(service, child, service.Practitioner, service.Team)));
        Assert.Equal(0, await AllocationCountAsync(service, child));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_team_manager_allocates_to_a_practitioner_of_the_team_but_not_to_themselves_another_team_or_a_non_member(Service service)
    {
        var child = Child(service);
        using var manager = await _callers.UserAsync(service.Manager, service.Api);
        var outsider = await _callers.StaffAsync(service.PractitionerRole, service.OtherTeam);

        await AllocationCallers.AssertRefusedAsync(await manager.PostAsJsonAsync(service.Allocations, Allocation(service, child, service.Manager, service.Team)));
        await AllocationCallers.AssertRefusedAsync(await manager.PostAsJsonAsync(service.Allocations, Allocation(service, child, outsider, service.OtherTeam)));
        await AllocationCallers.AssertRefusedAsync(await manager.PostAsJsonAsync(service.Allocations, Allocation(service, child, outsider, service.Team)));
        Assert.Equal(0, await AllocationCountAsync(service, child));
        var created = await AllocationCallers.CreatedAsync(await manager.PostAsJsonAsync(service.Allocations, Allocation(service, child, service.Practitioner, service.Team.ToUpperInvariant())));

        Assert.Equal(service.Manager, created.GetProperty("allocatedBy").GetString());
        Assert.Equal(service.PractitionerName, created.GetProperty(service.WorkerField.Replace("Id", "Name", StringComparison.Ordinal)).GetString());
        var id = created.GetProperty("id").GetGuid();
        await Poll.UntilAsync(
            async () => await _bus.CountAsync("SELECT count(*) FROM allocations WHERE allocation_id = @id AND allocated_by = @manager", ("id", id), ("manager", service.Manager)) == 1,
            ProfileReader.Deadline, "the allocation with its allocator in the profile");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_practitioner_cannot_close_an_allocation_and_a_write_only_client_cannot_allocate(Service service)
    {
        var child = Child(service);
        using var admin = await _callers.AdminClientAsync(service.Api);
        using var writeOnly = await _callers.WriteOnlyClientAsync(service.Api);
        using var practitioner = await _callers.UserAsync(service.Practitioner, service.Api);
        var created = await AllocationCallers.CreatedAsync(await admin.PostAsJsonAsync(service.Allocations, Allocation(service, child, service.Practitioner, service.Team)));
        var location = $"{service.Allocations}/{created.GetProperty("id").GetGuid()}";

        using var close = await practitioner.SendAsync(AllocationCallers.WithIfMatch(HttpMethod.Post, $"{location}/close", new { toDate = DateOnly.FromDateTime(DateTime.UtcNow) }, 1));

        await AllocationCallers.AssertRefusedAsync(close);
        await AllocationCallers.AssertRefusedAsync(await writeOnly.PostAsJsonAsync(service.Allocations, Allocation(service, child, service.Practitioner, service.Team)));
    }
}
