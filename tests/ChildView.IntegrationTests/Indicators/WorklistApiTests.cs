using System.Net;
using System.Net.Http.Json;
using ChildView.ChildProfile.Indicators;
using ChildView.ChildProfile.Profiles;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Security;
using ChildView.IntegrationTests.Support;

namespace ChildView.IntegrationTests.Indicators;

/// <summary>The worklist and profile flags through the gateway, per role: who sees which flag, its evidence, assignment and its audit.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WorklistApiTests(PlatformFixture platform)
{
    private readonly ProfileDatabase _db = new(platform);

    private static DateOnly MonthsAgo(int months) => IndicatorProbe.Today.AddMonths(-months);

    private async Task<HttpClient> AsAsync(string userName) =>
        platform.GatewayClient(await platform.Tokens.UserTokenAsync(userName, DemoUsers.Password, [.. ApiResources.Profile.Scopes]));

    /// <summary>A child with a persistent-absence flag (education evidence) and a domestic-abuse flag (social care evidence).</summary>
    private async Task<(IndicatorProbe Child, Guid Absence, Guid Abuse, Guid Assessment)> FlaggedChildAsync()
    {
        var child = new IndicatorProbe(platform, "Worklist");
        await child.AttendanceAsync(Guid.NewGuid(), MonthsAgo(2), 84m);
        var assessment = await child.AssessmentAsync(Guid.NewGuid(), MonthsAgo(1), ["3B"]);
        return (child, (await child.OpenFlagAsync("persistent-absence")).Id, (await child.OpenFlagAsync("domestic-abuse")).Id, assessment);
    }

    private static async Task<WorklistPage> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/profile/worklist?pageSize=100&{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<WorklistPage>())!;
    }

    [Fact]
    public async Task A_mash_officer_filters_reads_the_evidence_and_assigns_with_the_version_read()
    {
        var (child, _, abuse, assessment) = await FlaggedChildAsync();
        using var mash = await AsAsync("mash.taylor");

        var inArea = await ListAsync(mash, "outcomeArea=safe-from-domestic-abuse&unassigned=true");
        var item = Assert.Single(inArea.Items, i => i.Id == abuse);
        Assert.Equal("Worklist", item.GivenName);
        Assert.Equal(child.ChildId, item.ChildId);
        Assert.DoesNotContain((await ListAsync(mash, "outcomeArea=good-education")).Items, i => i.Id == abuse);

        using var read = await mash.GetAsync($"/api/profile/worklist/{abuse}");
        var detail = (await read.Content.ReadFromJsonAsync<WorklistDetail>())!;
        Assert.Equal(assessment, Assert.Single(detail.Evidence).RecordId);
        Assert.Equal(0, detail.WithheldEvidence);
        Assert.Single(detail.History);
        Assert.Equal($"\"{detail.Flag.Version}\"", read.Headers.ETag?.ToString());

        using var assigned = await mash.PostAsJsonAsync($"/api/profile/worklist/{abuse}/assign", new { assignee = "ey.wilson", team = "early-help-north", version = detail.Flag.Version });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(detail.Flag.Version + 1, (await assigned.Content.ReadFromJsonAsync<WorklistItem>())!.Version);
        Assert.Contains((await ListAsync(mash, "assignee=ey.wilson&team=early-help-north")).Items, i => i.Id == abuse);
        Assert.DoesNotContain((await ListAsync(mash, "unassigned=true")).Items, i => i.Id == abuse);

        // The version read before the assignment is stale now: a second coordinator cannot overwrite it.
        using var stale = await mash.PostAsJsonAsync($"/api/profile/worklist/{abuse}/assign", new { assignee = "sw.jones", version = detail.Flag.Version });
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/profile/worklist/{abuse}/assign") { Content = JsonContent.Create(new { assignee = "sw.jones" }) };
        request.Headers.TryAddWithoutValidation("If-Match", $"W/\"{detail.Flag.Version + 1}\"");
        using var withIfMatch = await mash.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, withIfMatch.StatusCode);
        Assert.Equal("sw.jones", (await withIfMatch.Content.ReadFromJsonAsync<WorklistItem>())!.Assignee);

        Assert.Equal(2, await _db.CountAsOwnerAsync(
            "SELECT count(*) FROM audit_events WHERE user_name = 'mash.taylor' AND action = 'worklist-assign' AND outcome LIKE 'allowed:%' AND child_id = @c", ("c", child.ChildId)));
        Assert.Equal(1, await _db.CountAsOwnerAsync(
            "SELECT count(*) FROM audit_events WHERE user_name = 'mash.taylor' AND action = 'worklist-assign' AND outcome LIKE 'refused (412)%' AND child_id = @c", ("c", child.ChildId)));
        Assert.True(await _db.CountAsOwnerAsync(
            "SELECT count(*) FROM audit_events WHERE user_name = 'mash.taylor' AND action = 'worklist-read' AND child_id = @c AND sections LIKE '%socialcare.referrals%'", ("c", child.ChildId)) >= 1);
    }

    [Fact]
    public async Task Bad_filters_and_assignments_are_refused_with_field_errors()
    {
        var (_, absence, _, _) = await FlaggedChildAsync();
        using var mash = await AsAsync("mash.taylor");

        using var badList = await mash.GetAsync("/api/profile/worklist?outcomeArea=happiness&status=maybe&pageSize=1000&rule=nope");
        Assert.Equal(HttpStatusCode.BadRequest, badList.StatusCode);
        var errors = await badList.Content.ReadAsStringAsync();
        foreach (var field in new[] { "outcomeArea", "status", "pageSize", "rule" })
        {
            Assert.Contains($"\"{field}\"", errors, StringComparison.Ordinal);
        }

        using var noVersion = await mash.PostAsJsonAsync($"/api/profile/worklist/{absence}/assign", new { assignee = "ewo.smith" });
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Contains("\"version\"", await noVersion.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var noAssignee = await mash.PostAsJsonAsync($"/api/profile/worklist/{absence}/assign", new { version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, noAssignee.StatusCode);
        using var unknown = await mash.PostAsJsonAsync($"/api/profile/worklist/{Guid.NewGuid()}/assign", new { assignee = "ewo.smith", version = 1 });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_education_welfare_officer_sees_the_education_flag_but_not_the_one_raised_from_social_care()
    {
        var (child, absence, abuse, _) = await FlaggedChildAsync();
        using var welfare = await AsAsync("ewo.smith");

        var items = (await ListAsync(welfare, "status=open")).Items;
        Assert.Contains(items, i => i.Id == absence);
        Assert.DoesNotContain(items, i => i.Id == abuse);
        using (var hidden = await welfare.GetAsync($"/api/profile/worklist/{abuse}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var profile = (await welfare.GetFromJsonAsync<ProfileResponse>($"/api/profile/profiles/{child.ChildId}"))!;
        Assert.Equal(["persistent-absence"], profile.Flags!.Select(f => f.RuleId));
        var found = (await welfare.GetFromJsonAsync<ProfileSearchResponse>($"/api/profile/profiles?nhsNumber={child.NhsNumber}"))!;
        Assert.Equal(["persistent-absence"], Assert.Single(found.Items).Flags);
        var mashFound = (await (await AsAsync("mash.taylor")).GetFromJsonAsync<ProfileSearchResponse>($"/api/profile/profiles?nhsNumber={child.NhsNumber}"))!;
        Assert.Equal(["domestic-abuse", "persistent-absence"], Assert.Single(mashFound.Items).Flags);

        // May read the worklist but not assign: refused by the API, and the refusal audited.
        using var assign = await welfare.PostAsJsonAsync($"/api/profile/worklist/{absence}/assign", new { assignee = "ewo.smith", version = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode);
        Assert.True(await _db.CountAsOwnerAsync("SELECT count(*) FROM audit_events WHERE user_name = 'ewo.smith' AND action = 'worklist-assign' AND outcome LIKE 'denied:%'") >= 1);
    }

    [Fact]
    public async Task A_social_worker_sees_a_social_care_flag_only_once_the_child_is_allocated_to_their_team()
    {
        var (child, _, abuse, assessment) = await FlaggedChildAsync();
        using var socialWorker = await AsAsync("sw.jones");
        Assert.DoesNotContain((await ListAsync(socialWorker, "rule=domestic-abuse")).Items, i => i.Id == abuse);
        Assert.Empty((await socialWorker.GetFromJsonAsync<ProfileResponse>($"/api/profile/profiles/{child.ChildId}"))!.Flags!);

        await _db.AllocateAsync(child.ChildId, "tm.patel", "north-cin");

        Assert.Contains((await ListAsync(socialWorker, "rule=domestic-abuse")).Items, i => i.Id == abuse);
        var detail = (await socialWorker.GetFromJsonAsync<WorklistDetail>($"/api/profile/worklist/{abuse}"))!;
        Assert.Equal(assessment, Assert.Single(detail.Evidence).RecordId);
        Assert.Contains((await socialWorker.GetFromJsonAsync<ProfileResponse>($"/api/profile/profiles/{child.ChildId}"))!.Flags!, f => f.Id == abuse);
        Assert.DoesNotContain((await ListAsync(await AsAsync("sw.ahmed"), "rule=domestic-abuse")).Items, i => i.Id == abuse);
    }

    [Theory]
    [InlineData("yot.brown")]
    [InlineData("sen.khan")]
    [InlineData("dpo.evans")]
    public async Task Roles_outside_the_worklist_are_refused_it(string userName)
    {
        using var client = await AsAsync(userName);

        using var response = await client.GetAsync("/api/profile/worklist");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_database_itself_hides_flags_and_refuses_changes_to_them_for_every_job_role()
    {
        var (child, absence, abuse, _) = await FlaggedChildAsync();
        var (welfare, welfareTransaction) = await _db.AsRoleAsync("early-years-practitioner");
        await using (welfare)
        {
            // Early years sees education and social care assessments only by break-the-glass.
            Assert.Equal(0, await ProfileDatabase.CountAsync(welfare, welfareTransaction, "SELECT count(*) FROM indicator_flags WHERE child_id = @c", ("c", child.ChildId)));
        }

        var (mash, mashTransaction) = await _db.AsRoleAsync("mash-officer", "mash.taylor", "mash");
        await using (mash)
        {
            Assert.Equal(2, await ProfileDatabase.CountAsync(mash, mashTransaction, "SELECT count(*) FROM indicator_flags WHERE id = ANY(@ids)", ("ids", new[] { absence, abuse })));
        }

        foreach (var role in Contracts.Access.AccessPolicy.Current.Roles)
        {
            var (connection, transaction) = await _db.AsRoleAsync(role);
            await using (connection)
            {
                var refused = await ProfileDatabase.RefusedAsync(connection, transaction, $"UPDATE indicator_flags SET assignee = 'me' WHERE id = '{absence}'");
                Assert.Equal("42501", refused.SqlState);
            }
        }
    }
}
