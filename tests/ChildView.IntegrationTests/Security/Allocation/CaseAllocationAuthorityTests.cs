using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.ChildProfile.Profiles;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Security.Allocation;

/// <summary>
/// A case allocation decides who may see a child (the profile's row policies and the service's team
/// scoping read it), so only a team manager allocates, within their own teams, to a real, active,
/// allocatable member of that team other than themselves; a machine client needs the admin scope.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseAllocationAuthorityTests(PlatformFixture platform)
{
    private const string Allocations = "/api/socialcare/case-allocations";
    private static readonly ApiResource Api = ApiResources.SocialCare;
    private readonly AllocationCallers _callers = new(platform);
    private readonly BusProbe _bus = new(platform);

    private sealed record Case(object Child, string LocalId, string Upn, Guid CaseNoteId);

    /// <summary>A child with a case note, in social care and in the profile, allocated to nobody.</summary>
    private async Task<Case> CaseAsync()
    {
        using var admin = await _callers.AdminClientAsync(Api);
        var upn = TestIdentifiers.NewUpn();
        var child = TestIdentifiers.Child(upn: upn);
        var localId = (string)child.GetType().GetProperty("localId")!.GetValue(child)!;
        var note = await AllocationCallers.CreatedAsync(await admin.PostAsJsonAsync("/api/socialcare/case-notes", new
        {
            child, noteDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), author = "Duty Worker", text = "Disclosure recorded; strategy discussion to follow.",
        }));
        var noteId = note.GetProperty("id").GetGuid();
        await Poll.UntilAsync(async () => await _bus.RecordVersionAsync(noteId) == 1, ProfileReader.Deadline, "the case note in the profile");
        return new Case(child, localId, upn, noteId);
    }

    private static object Allocation(Case c, string worker, string team) => new
    {
        child = c.Child, workerId = worker, workerName = "Anyone At All", team, fromDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
    };

    private async Task<int> AllocationCountAsync(Case c)
    {
        using var admin = await _callers.AdminClientAsync(Api);
        return (await admin.GetFromJsonAsync<JsonElement>($"{Allocations}?localId={c.LocalId}")).GetProperty("total").GetInt32();
    }

    private static async Task<bool> SeesCaseNotesAsync(HttpClient user, string upn)
    {
        var reader = new ProfileReader(user);
        var found = await reader.SearchAsync($"upn={upn}");
        var profile = await reader.GetAsync(found.Items.Single().Id);
        return profile!.Records.Any(r => r.RecordType == "case-note");
    }

    private async Task<JsonElement> AllocatedByManagerAsync(Case c, string worker = "sw.jones")
    {
        using var manager = await _callers.UserAsync("tm.patel", Api);
        return await AllocationCallers.CreatedAsync(await manager.PostAsJsonAsync(Allocations, Allocation(c, worker, "north-cin")));
    }

    [Fact]
    public async Task A_social_worker_cannot_allocate_a_child_to_herself_and_the_child_stays_closed_to_her()
    {
        var c = await CaseAsync();
        using var ahmed = await _callers.UserAsync("sw.ahmed", Api);

        using var response = await ahmed.PostAsJsonAsync(Allocations, Allocation(c, "sw.ahmed", "south-cin"));

        await AllocationCallers.AssertRefusedAsync(response);
        Assert.Equal(0, await AllocationCountAsync(c));
        Assert.Equal(HttpStatusCode.NotFound, (await ahmed.GetAsync($"/api/socialcare/case-notes/{c.CaseNoteId}")).StatusCode);
        Assert.False(await SeesCaseNotesAsync(ahmed, c.Upn));
    }

    [Fact]
    public async Task A_team_manager_cannot_allocate_to_herself()
    {
        var c = await CaseAsync();
        using var manager = await _callers.UserAsync("tm.patel", Api);

        await AllocationCallers.AssertRefusedAsync(await manager.PostAsJsonAsync(Allocations, Allocation(c, "tm.patel", "north-cin")));
        Assert.Equal(0, await AllocationCountAsync(c));
    }

    [Fact]
    public async Task A_team_manager_cannot_allocate_into_another_team()
    {
        var c = await CaseAsync();
        using var manager = await _callers.UserAsync("tm.patel", Api);

        await AllocationCallers.AssertRefusedAsync(await manager.PostAsJsonAsync(Allocations, Allocation(c, "sw.ahmed", "south-cin")));
        Assert.Equal(0, await AllocationCountAsync(c));
    }

    [Fact]
    public async Task The_worker_must_be_an_active_allocatable_member_of_the_team()
    {
        var c = await CaseAsync();
        using var manager = await _callers.UserAsync("tm.patel", Api);
        var inactive = await _callers.StaffAsync("social-worker", "north-cin", disabled: true);
        var notAllocatable = await _callers.StaffAsync("education-welfare-officer", "north-cin");

        await AllocationCallers.AssertRefusedAsync(await manager.PostAsJsonAsync(Allocations, Allocation(c, "sw.ahmed", "north-cin")));
        await AllocationCallers.AssertRefusedAsync(await manager.PostAsJsonAsync(Allocations, Allocation(c, inactive, "north-cin")));
        await AllocationCallers.AssertRefusedAsync(await manager.PostAsJsonAsync(Allocations, Allocation(c, notAllocatable, "north-cin")));
        await AllocationCallers.AssertRefusedAsync(await manager.PostAsJsonAsync(Allocations, Allocation(c, "nobody.known", "north-cin")));
        Assert.Equal(0, await AllocationCountAsync(c));
    }

    [Fact]
    public async Task A_social_worker_cannot_change_close_or_delete_an_allocation_of_her_team()
    {
        var c = await CaseAsync();
        var allocation = await AllocatedByManagerAsync(c);
        var location = $"{Allocations}/{allocation.GetProperty("id").GetGuid()}";
        using var jones = await _callers.UserAsync("sw.jones", Api);

        using var put = await jones.SendAsync(AllocationCallers.WithIfMatch(HttpMethod.Put, location, Allocation(c, "sw.jones", "north-cin"), 1));
        using var close = await jones.SendAsync(AllocationCallers.WithIfMatch(HttpMethod.Post, $"{location}/close", new { toDate = DateOnly.FromDateTime(DateTime.UtcNow) }, 1));
        using var delete = await jones.SendAsync(AllocationCallers.WithIfMatch(HttpMethod.Delete, location, new { reason = "Not my case any more, removing it" }, 1));

        await AllocationCallers.AssertRefusedAsync(put);
        await AllocationCallers.AssertRefusedAsync(close);
        await AllocationCallers.AssertRefusedAsync(delete);
    }

    [Fact]
    public async Task A_correction_cannot_point_the_allocation_at_oneself_or_move_it_to_another_team()
    {
        var c = await CaseAsync();
        var allocation = await AllocatedByManagerAsync(c);
        var location = $"{Allocations}/{allocation.GetProperty("id").GetGuid()}";
        using var manager = await _callers.UserAsync("tm.patel", Api);

        using var toSelf = await manager.SendAsync(AllocationCallers.WithIfMatch(HttpMethod.Put, location, Allocation(c, "tm.patel", "north-cin"), 1));
        using var toSouth = await manager.SendAsync(AllocationCallers.WithIfMatch(HttpMethod.Put, location, Allocation(c, "sw.ahmed", "south-cin"), 1));

        await AllocationCallers.AssertRefusedAsync(toSelf);
        await AllocationCallers.AssertRefusedAsync(toSouth);
    }

    [Fact]
    public async Task A_machine_client_allocates_only_with_the_admin_scope()
    {
        var c = await CaseAsync();
        using var writeOnly = await _callers.WriteOnlyClientAsync(Api);
        using var admin = await _callers.AdminClientAsync(Api);

        await AllocationCallers.AssertRefusedAsync(await writeOnly.PostAsJsonAsync(Allocations, Allocation(c, "sw.jones", "north-cin")));
        var created = await AllocationCallers.CreatedAsync(await admin.PostAsJsonAsync(Allocations, Allocation(c, "sw.jones", "north-cin")));

        Assert.Equal("childview-ops", created.GetProperty("allocatedBy").GetString());
    }

    [Fact]
    public async Task A_team_manager_allocates_to_a_worker_of_her_team_which_opens_the_child_to_that_worker()
    {
        var c = await CaseAsync();
        using var jones = await _callers.UserAsync("sw.jones", Api);
        Assert.False(await SeesCaseNotesAsync(jones, c.Upn));

        var allocation = await AllocatedByManagerAsync(c);

        Assert.Equal("tm.patel", allocation.GetProperty("allocatedBy").GetString());
        Assert.Equal("sw.jones", allocation.GetProperty("workerId").GetString());
        Assert.Equal("Sam Jones", allocation.GetProperty("workerName").GetString());
        await Poll.UntilAsync(() => SeesCaseNotesAsync(jones, c.Upn), ProfileReader.Deadline, "sw.jones to see the case notes");
        Assert.Equal(HttpStatusCode.OK, (await jones.GetAsync($"/api/socialcare/case-notes/{c.CaseNoteId}")).StatusCode);
        var recorded = await _bus.CountAsync(
            "SELECT count(*) FROM allocations WHERE allocation_id = @id AND allocated_by = 'tm.patel'", ("id", allocation.GetProperty("id").GetGuid()));
        Assert.Equal(1, recorded);
    }
}
