using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Pipeline;

/// <summary>
/// The services' own APIs follow the access policy's <c>services</c> block: MASH does not read case notes
/// or AssetPlus risk there (break-the-glass in the profile only), the system administrator reads no
/// child's records, a person lists the records of a child they name, and a team-scoped role writes only
/// onto children allocated to one of its teams.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ServicePolicyTests(PlatformFixture platform)
{
    private readonly PipelineClients _clients = new(platform);

    [Fact]
    public async Task Mash_cannot_list_or_read_case_notes_or_assetplus_risk_in_the_services()
    {
        var (child, localId, _) = await _clients.SocialCareChildAsync("north-cin");
        using var socialCare = await _clients.ServiceAsync(ApiResources.SocialCare);
        var note = await PipelineClients.CreateAsync(socialCare, "/api/socialcare/case-notes", PipelineClients.CaseNote(child));
        var (youth, youthLocalId, _) = await _clients.YouthChildAsync("yot-east", "yot.brown");
        using var yot = await _clients.ServiceAsync(ApiResources.YouthOffending);
        var risk = await PipelineClients.CreateAsync(yot, "/api/youthoffending/assetplus-assessments", PipelineClients.AssetPlus(youth));
        using var mash = await _clients.UserAsync("mash.taylor");

        using var notes = await mash.GetAsync($"/api/socialcare/case-notes?localId={localId}");
        using var oneNote = await mash.GetAsync($"/api/socialcare/case-notes/{note}");
        using var risks = await mash.GetAsync($"/api/youthoffending/assetplus-assessments?localId={youthLocalId}");
        using var oneRisk = await mash.GetAsync($"/api/youthoffending/assetplus-assessments/{risk}");
        using var referrals = await mash.GetAsync($"/api/socialcare/referrals?localId={localId}");

        Assert.Equal(HttpStatusCode.Forbidden, notes.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, oneNote.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, risks.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, oneRisk.StatusCode);
        Assert.Equal(HttpStatusCode.OK, referrals.StatusCode);
    }

    [Fact]
    public async Task The_system_administrator_reads_no_childs_records()
    {
        var (_, localId, referral) = await _clients.SocialCareChildAsync("north-cin");
        using var admin = await _clients.UserAsync("admin");

        using var list = await admin.GetAsync($"/api/socialcare/referrals?localId={localId}");
        using var read = await admin.GetAsync($"/api/socialcare/referrals/{referral}");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    /// <summary>
    /// Early years practitioners are team-scoped: a child nobody in their team holds is not theirs to read, list
    /// (by name or in their list of the team's children) or write onto.
    /// </summary>
    [Fact]
    public async Task An_early_years_practitioner_sees_only_children_allocated_to_her_team()
    {
        var (_, ownLocalId, ownSetting) = await _clients.EarlyYearsChildAsync("early-help-north", "ey.wilson");
        var (other, otherLocalId, otherSetting) = await _clients.UnallocatedEarlyYearsChildAsync();
        using var wilson = await _clients.UserAsync("ey.wilson");

        var unnamed = await wilson.GetFromJsonAsync<JsonElement>("/api/earlyyears/setting-registrations?pageSize=100");
        var own = await wilson.GetFromJsonAsync<JsonElement>($"/api/earlyyears/setting-registrations?localId={ownLocalId}");
        var others = await wilson.GetFromJsonAsync<JsonElement>($"/api/earlyyears/setting-registrations?localId={otherLocalId}");
        using var service = await _clients.ServiceAsync(ApiResources.EarlyYears);
        var county = await service.GetFromJsonAsync<JsonElement>("/api/earlyyears/setting-registrations");
        using var readOwn = await wilson.GetAsync($"/api/earlyyears/setting-registrations/{ownSetting}");
        using var readOther = await wilson.GetAsync($"/api/earlyyears/setting-registrations/{otherSetting}");
        using var writeOther = await wilson.PostAsJsonAsync("/api/earlyyears/setting-registrations", PipelineClients.Setting(other));

        Assert.True(unnamed.GetProperty("total").GetInt32() < county.GetProperty("total").GetInt32(), "the team's list is the county's");
        Assert.DoesNotContain(unnamed.GetProperty("items").EnumerateArray(), r => r.GetProperty("child").GetProperty("localId").GetString() == otherLocalId);
        Assert.Equal(1, own.GetProperty("total").GetInt32());
        Assert.Equal(0, others.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, readOwn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, writeOther.StatusCode);
    }

    [Fact]
    public async Task A_social_worker_cannot_add_a_case_note_to_another_teams_child()
    {
        var (southChild, southLocalId, _) = await _clients.SocialCareChildAsync("south-cin");
        var (northChild, _, _) = await _clients.SocialCareChildAsync("north-cin");
        using var jones = await _clients.UserAsync("sw.jones"); // north-cin
        using var ahmed = await _clients.UserAsync("sw.ahmed"); // south-cin

        using var onto = await jones.PostAsJsonAsync("/api/socialcare/case-notes", PipelineClients.CaseNote(southChild, "Written by another team."));
        using var own = await jones.PostAsJsonAsync("/api/socialcare/case-notes", PipelineClients.CaseNote(northChild));
        var southNotes = await ahmed.GetFromJsonAsync<JsonElement>($"/api/socialcare/case-notes?localId={southLocalId}");

        Assert.Equal(HttpStatusCode.NotFound, onto.StatusCode);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(0, southNotes.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_yot_officer_reads_assetplus_risk_only_for_their_own_caseload()
    {
        var (mine, _, _) = await _clients.YouthChildAsync("yot-east", "yot.brown");
        var (colleagues, _, _) = await _clients.YouthChildAsync("yot-east", "ytm.green");
        using var yot = await _clients.ServiceAsync(ApiResources.YouthOffending);
        var myRisk = await PipelineClients.CreateAsync(yot, "/api/youthoffending/assetplus-assessments", PipelineClients.AssetPlus(mine));
        var theirRisk = await PipelineClients.CreateAsync(yot, "/api/youthoffending/assetplus-assessments", PipelineClients.AssetPlus(colleagues));
        using var brown = await _clients.UserAsync("yot.brown");

        Assert.Equal(HttpStatusCode.OK, (await brown.GetAsync($"/api/youthoffending/assetplus-assessments/{myRisk}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await brown.GetAsync($"/api/youthoffending/assetplus-assessments/{theirRisk}")).StatusCode);
        using var write = await brown.PostAsJsonAsync("/api/youthoffending/assetplus-assessments", PipelineClients.AssetPlus(colleagues));
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
    }
}
