using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Domains;

/// <summary>
/// Inside the social care API, a social worker sees the cases allocated to their own teams only (the
/// policy's serviceRecordScope); service clients and unscoped roles see every case.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SocialCareTeamScopeTests(PlatformFixture platform)
{
    // The operations client with the admin scope: a machine client may allocate cases only with it.
    private async Task<HttpClient> ServiceAsync() =>
        platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", [.. ApiResources.SocialCare.AllScopes]));

    private static readonly Dictionary<string, string> WorkerOfTeam = new() { ["north-cin"] = "sw.jones", ["south-cin"] = "sw.ahmed" };

    private async Task<HttpClient> UserAsync(string userName, params string[] scopes) =>
        platform.GatewayClient(await platform.Tokens.UserTokenAsync(userName, DemoUsers.Password, scopes));

    /// <summary>A child with a referral, allocated to <paramref name="team"/>; returns the referral's id and the child's local id.</summary>
    private static async Task<(Guid Referral, string LocalId)> AllocatedReferralAsync(HttpClient service, string team, string familyName)
    {
        var child = TestIdentifiers.Child(familyName: familyName);
        var localId = (string)child.GetType().GetProperty("localId")!.GetValue(child)!;
        using var referral = await service.PostAsJsonAsync("/api/socialcare/referrals", new { child, referralDate = "2026-10-01", referralSource = "2A" });
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        using var allocation = await service.PostAsJsonAsync("/api/socialcare/case-allocations", new
        {
            child, workerId = WorkerOfTeam[team], team, fromDate = "2026-10-02",
        });
        Assert.Equal(HttpStatusCode.Created, allocation.StatusCode);
        return ((await referral.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), localId);
    }

    [Fact]
    public async Task A_social_worker_sees_only_their_teams_cases_and_a_service_client_sees_all()
    {
        using var service = await ServiceAsync();
        var familyName = $"Scope{Guid.NewGuid():N}"[..20];
        var (north, northChild) = await AllocatedReferralAsync(service, "north-cin", familyName);
        var (south, southChild) = await AllocatedReferralAsync(service, "south-cin", familyName);
        using var jones = await UserAsync("sw.jones", ApiResources.SocialCare.ReadScope); // team north-cin

        async Task<HashSet<Guid>> ListedAsync(HttpClient client, string localId) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/socialcare/referrals?localId={localId}")).GetProperty("items")
                .EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToHashSet();

        using var ownTeam = await jones.GetAsync($"/api/socialcare/referrals/{north}");
        using var otherTeam = await jones.GetAsync($"/api/socialcare/referrals/{south}");

        Assert.Contains(north, await ListedAsync(jones, northChild));
        Assert.Empty(await ListedAsync(jones, southChild));
        Assert.Contains(south, await ListedAsync(service, southChild));
        Assert.Equal(HttpStatusCode.OK, ownTeam.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTeam.StatusCode);
    }

    [Fact]
    public async Task A_social_worker_cannot_change_another_teams_case()
    {
        using var service = await ServiceAsync();
        var (south, _) = await AllocatedReferralAsync(service, "south-cin", "Scoped");
        using var jones = await UserAsync("sw.jones", [.. ApiResources.SocialCare.Scopes]);

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/socialcare/referrals/{south}") { Content = JsonContent.Create(new { reason = "Trying another team's case" }) };
        using var response = await jones.SendAsync(delete);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.GetAsync($"/api/socialcare/referrals/{south}")).StatusCode);
    }

    [Fact]
    public async Task A_role_the_policy_does_not_scope_sees_every_case()
    {
        using var service = await ServiceAsync();
        var (south, _) = await AllocatedReferralAsync(service, "south-cin", "Unscoped");
        using var mash = await UserAsync("mash.taylor", ApiResources.SocialCare.ReadScope);

        using var response = await mash.GetAsync($"/api/socialcare/referrals/{south}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>The same rule in the youth offending API: a YOT officer sees the cases allocated to their own team.</summary>
[Collection(PlatformCollection.Name)]
public sealed class YouthOffendingTeamScopeTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_yot_officer_sees_only_their_teams_cases_whatever_the_case_of_the_team_code()
    {
        using var service = platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", [.. ApiResources.YouthOffending.AllScopes]));
        var westOfficer = await new Security.Allocation.AllocationCallers(platform).StaffAsync("yot-officer", "yot-west");
        async Task<Guid> AllocatedOutcomeAsync(string teamCode)
        {
            var child = TestIdentifiers.Child(dateOfBirth: "2010-01-01");
            using var outcome = await service.PostAsJsonAsync("/api/youthoffending/offence-outcomes", new
            {
                child, offenceDate = "2026-06-01", offenceType = "Theft", gravityScore = 2, outcome = "youth-caution", outcomeDate = "2026-06-20",
            });
            Assert.Equal(HttpStatusCode.Created, outcome.StatusCode);
            using var allocation = await service.PostAsJsonAsync("/api/youthoffending/allocations", new
            {
                child, officerId = teamCode == "yot-east" ? "yot.brown" : westOfficer, teamCode, fromDate = "2026-06-21",
            });
            Assert.Equal(HttpStatusCode.Created, allocation.StatusCode);
            return (await outcome.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        var east = await AllocatedOutcomeAsync("yot-east");
        var west = await AllocatedOutcomeAsync("yot-west");
        using var brown = platform.GatewayClient(await platform.Tokens.UserTokenAsync("yot.brown", DemoUsers.Password, ApiResources.YouthOffending.ReadScope)); // team yot-east

        Assert.Equal(HttpStatusCode.OK, (await brown.GetAsync($"/api/youthoffending/offence-outcomes/{east}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await brown.GetAsync($"/api/youthoffending/offence-outcomes/{west}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.GetAsync($"/api/youthoffending/offence-outcomes/{west}")).StatusCode);
    }
}
