using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.ChildProfile.Profiles;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Security;

/// <summary>Need to know through the API: the same child as different roles see it, break-the-glass, and the DPO's view of the audit log.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ProfileAccessApiTests(PlatformFixture platform)
{
    private readonly ProfileDatabase _db = new(platform);
    private readonly BusProbe _bus = new(platform);

    private async Task<HttpClient> AsAsync(string userName, params string[] scopes) =>
        platform.GatewayClient(await platform.Tokens.UserTokenAsync(userName, DemoUsers.Password, scopes.Length == 0 ? [ApiResources.Profile.ReadScope] : scopes));

    private static async Task<ProfileResponse> ReadAsync(HttpClient client, Guid childId) =>
        (await client.GetFromJsonAsync<ProfileResponse>($"/api/profile/profiles/{childId}"))!;

    [Fact]
    public async Task Each_role_sees_the_fields_its_relationship_allows_and_the_rest_is_absent_and_named()
    {
        var childId = await _db.ChildWithReferralAsync(_bus);

        var mash = await ReadAsync(await AsAsync("mash.taylor"), childId);
        var socialWorker = await ReadAsync(await AsAsync("sw.jones"), childId);
        var welfare = await ReadAsync(await AsAsync("ewo.smith"), childId);
        var dpo = await ReadAsync(await AsAsync("dpo.evans"), childId);

        Assert.Equal(["education", "socialcare"], mash.ServicesInvolved);
        Assert.Contains("socialcare.caseNotes", mash.Restricted);
        Assert.DoesNotContain("socialcare.referrals", mash.Restricted);

        Assert.Empty(socialWorker.Records);
        Assert.Contains("socialcare.referrals", socialWorker.Restricted);

        Assert.Equal(["pupil"], welfare.Records.Select(r => r.RecordType));
        Assert.Contains("socialcare.referrals", welfare.Restricted);

        Assert.Equal("Access", dpo.GivenName);
        Assert.Empty(dpo.Records);
        Assert.Null(dpo.ServicesInvolved);
        Assert.Contains("summary.servicesInvolved", dpo.Restricted);
    }

    [Fact]
    public async Task An_allocation_to_a_colleague_opens_team_fields_and_one_to_the_caller_opens_caseload_fields()
    {
        var childId = await _db.ChildWithReferralAsync(_bus);
        var socialWorker = await AsAsync("sw.jones");

        await _db.AllocateAsync(childId, "tm.patel", "north-cin");
        var throughTeam = await ReadAsync(socialWorker, childId);
        await _db.AllocateAsync(childId, "sw.jones", "north-cin");
        var throughCaseload = await ReadAsync(socialWorker, childId);

        Assert.Contains(throughTeam.Records, r => r.RecordType == "referral");
        Assert.Contains("education.sen", throughTeam.Restricted);
        Assert.DoesNotContain("education.sen", throughCaseload.Restricted);
    }

    [Fact]
    public async Task A_hidden_field_is_not_in_the_json_at_all()
    {
        var childId = await _db.ChildWithReferralAsync(_bus);
        using var dpo = await AsAsync("dpo.evans");

        var json = await dpo.GetFromJsonAsync<JsonElement>($"/api/profile/profiles/{childId}");

        Assert.False(json.TryGetProperty("servicesInvolved", out _));
        Assert.True(json.TryGetProperty("givenName", out _));
    }

    [Fact]
    public async Task Breaking_the_glass_needs_a_reason_opens_the_child_at_once_and_waits_for_the_dpos_review()
    {
        var childId = await _db.ChildWithReferralAsync(_bus);
        using var welfare = await AsAsync("ewo.smith", ApiResources.Profile.ReadScope, ApiResources.Profile.WriteScope!);
        Assert.DoesNotContain((await ReadAsync(welfare, childId)).Records, r => r.RecordType == "referral");

        using var vague = await welfare.PostAsJsonAsync($"/api/profile/profiles/{childId}/break-glass", new { reason = "need it", purpose = "x" });
        using var granted = await welfare.PostAsJsonAsync($"/api/profile/profiles/{childId}/break-glass", new
        {
            reason = "Child disclosed harm at school; checking for an open referral before calling MASH", purpose = "safeguarding",
        });

        Assert.Equal(HttpStatusCode.BadRequest, vague.StatusCode);
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        Assert.Contains((await ReadAsync(welfare, childId)).Records, r => r.RecordType == "referral");

        using var dpo = await AsAsync("dpo.evans", ApiResources.Profile.ReadScope, ApiResources.Profile.WriteScope!);
        var queue = await dpo.GetFromJsonAsync<JsonElement>("/api/profile/dpo/break-glass");
        var grant = queue.EnumerateArray().Single(g => g.GetProperty("childId").GetGuid() == childId);
        using var review = await dpo.PostAsJsonAsync($"/api/profile/dpo/break-glass/{grant.GetProperty("id").GetGuid()}/review", new { decision = "accepted" });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var after = await dpo.GetFromJsonAsync<JsonElement>("/api/profile/dpo/break-glass");
        Assert.DoesNotContain(after.EnumerateArray(), g => g.GetProperty("childId").GetGuid() == childId);
    }

    [Fact]
    public async Task A_role_the_policy_does_not_let_break_the_glass_is_refused()
    {
        var childId = await _db.ChildWithReferralAsync(_bus);
        using var dpo = await AsAsync("dpo.evans", ApiResources.Profile.ReadScope, ApiResources.Profile.WriteScope!);

        using var response = await dpo.PostAsJsonAsync($"/api/profile/profiles/{childId}/break-glass", new { reason = "Curious about this child's social care history", purpose = "none" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_dpo_sees_who_accessed_a_child_and_what_a_user_accessed_and_nobody_else_may()
    {
        var childId = await _db.ChildWithReferralAsync(_bus);
        using var socialWorker = await AsAsync("sw.ahmed");
        await ReadAsync(socialWorker, childId);
        using var dpo = await AsAsync("dpo.evans");

        var byChild = await dpo.GetFromJsonAsync<JsonElement>($"/api/profile/dpo/access?childId={childId}");
        var byUser = await dpo.GetFromJsonAsync<JsonElement>("/api/profile/dpo/access?userName=sw.ahmed");
        using var notDpo = await socialWorker.GetAsync($"/api/profile/dpo/access?childId={childId}");

        var entry = byChild.GetProperty("items").EnumerateArray().First(e => e.GetProperty("userName").GetString() == "sw.ahmed");
        Assert.Equal("social-worker", entry.GetProperty("role").GetString());
        Assert.Equal("read", entry.GetProperty("action").GetString());
        Assert.Contains(byUser.GetProperty("items").EnumerateArray(), e => e.GetProperty("childId").GetGuid() == childId);
        Assert.Equal(HttpStatusCode.Forbidden, notDpo.StatusCode);

        var afterDenial = await dpo.GetFromJsonAsync<JsonElement>("/api/profile/dpo/access?userName=sw.ahmed");
        Assert.Contains(afterDenial.GetProperty("items").EnumerateArray(),
            e => e.GetProperty("action").GetString() == "audit-query" && e.GetProperty("outcome").GetString()!.StartsWith("denied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_chronology_runs_oldest_first_and_holds_only_what_the_role_may_see()
    {
        var childId = await _db.ChildWithReferralAsync(_bus);
        await _db.ExecuteAsOwnerAsync("UPDATE service_records SET occurred_on = '2026-10-01' WHERE child_id = @c AND record_type = 'referral'", ("c", childId));
        await _db.ExecuteAsOwnerAsync(
            "INSERT INTO service_records (source_system, record_type, record_id, child_id, entity_version, summary, occurred_on, state, updated_at) VALUES ('socialcare', 'child-protection-plan', @r, @c, 1, 'Child protection plan (NEG)', '2025-03-01', 'Open', now())",
            ("r", Guid.NewGuid()), ("c", childId));

        var mash = await (await AsAsync("mash.taylor")).GetFromJsonAsync<ChronologyResponse>($"/api/profile/profiles/{childId}/chronology");
        var welfare = await (await AsAsync("ewo.smith")).GetFromJsonAsync<ChronologyResponse>($"/api/profile/profiles/{childId}/chronology");

        Assert.Equal(["child-protection-plan", "referral", "pupil"], mash!.Entries.Select(e => e.RecordType));
        Assert.Equal(["pupil"], welfare!.Entries.Select(e => e.RecordType));
        Assert.Contains("socialcare.plans", welfare.Restricted);
    }

    [Fact]
    public async Task A_client_without_a_person_behind_it_cannot_read_profiles()
    {
        using var client = platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", ApiResources.Profile.ReadScope));

        using var response = await client.GetAsync($"/api/profile/profiles/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
