using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Pipeline;

/// <summary>Every list of every service takes the same filters; a UPN names one live pupil, even when two registrations race.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RecordListAndUpnTests(PlatformFixture platform)
{
    private readonly PipelineClients _clients = new(platform);

    public static TheoryData<string, string> Lists => new()
    {
        { "education", "pupils" }, { "education", "enrolments" }, { "education", "exclusions" }, { "education", "sen-provisions" },
        { "education", "free-school-meals" }, { "education", "family-members" }, { "education", "attendance/summaries" },
        { "socialcare", "referrals" }, { "socialcare", "assessments" }, { "socialcare", "section47-enquiries" }, { "socialcare", "child-protection-plans" },
        { "socialcare", "child-in-need-plans" }, { "socialcare", "looked-after-episodes" }, { "socialcare", "case-notes" },
        { "socialcare", "case-allocations" }, { "socialcare", "family-members" },
        { "youthoffending", "offence-outcomes" }, { "youthoffending", "assetplus-assessments" }, { "youthoffending", "interventions" },
        { "youthoffending", "allocations" }, { "youthoffending", "family-members" },
        { "earlyyears", "setting-registrations" }, { "earlyyears", "funded-entitlements" }, { "earlyyears", "early-help-episodes" },
        { "earlyyears", "developmental-checks" }, { "earlyyears", "family-members" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_state_other_than_open_or_closed_is_a_400_naming_state_and_either_in_any_case_is_accepted(string service, string records)
    {
        using var client = await _clients.ServiceAsync(ApiResources.ByName(service));

        using var deleted = await client.GetAsync($"/api/{service}/{records}?state=deleted");
        using var number = await client.GetAsync($"/api/{service}/{records}?state=2");
        using var open = await client.GetAsync($"/api/{service}/{records}?state=OPEN&localId={Guid.NewGuid():N}");
        using var closed = await client.GetAsync($"/api/{service}/{records}?state=closed&localId={Guid.NewGuid():N}");

        await AssertNamesAsync(deleted, HttpStatusCode.BadRequest, "state");
        await AssertNamesAsync(number, HttpStatusCode.BadRequest, "state");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(0, (await open.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_closed_record_is_listed_under_closed_and_not_under_open()
    {
        using var education = await _clients.ServiceAsync(ApiResources.Education);
        var child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn());
        var pupil = await PipelineClients.CreateAsync(education, "/api/education/pupils", new { child });
        await PipelineClients.CreateAsync(education, "/api/education/free-school-meals", new { pupilId = pupil, startDate = "2025-09-01", endDate = "2026-01-31" });
        await PipelineClients.CreateAsync(education, "/api/education/free-school-meals", new { pupilId = pupil, startDate = "2026-02-01" });

        var closed = await TotalAsync(education, $"/api/education/free-school-meals?pupilId={pupil}&state=Closed");
        var open = await TotalAsync(education, $"/api/education/free-school-meals?pupilId={pupil}&state=open");
        var byChild = await TotalAsync(education, $"/api/education/free-school-meals?localId={PipelineClients.LocalIdOf(child)}");

        Assert.Equal((1, 1, 2), (closed, open, byChild));
    }

    [Fact]
    public async Task Two_pupils_registered_at_once_with_one_upn_are_one_201_and_409s_naming_child_upn()
    {
        using var education = await _clients.ServiceAsync(ApiResources.Education);
        var upn = TestIdentifiers.NewUpn();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            education.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: upn) })));

        try
        {
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            {
                await AssertNamesAsync(refused, HttpStatusCode.Conflict, "child.upn");
            }

            Assert.Equal(1, await TotalAsync(education, $"/api/education/pupils?upn={upn}"));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_deleted_pupil_frees_its_upn()
    {
        using var education = await _clients.ServiceAsync(ApiResources.Education);
        var upn = TestIdentifiers.NewUpn();
        var first = await PipelineClients.CreateAsync(education, "/api/education/pupils", new { child = TestIdentifiers.Child(upn: upn) });

        using var second = await education.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: upn) });
        await AssertNamesAsync(second, HttpStatusCode.Conflict, "child.upn");

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/education/pupils/{first}") { Content = JsonContent.Create(new { reason = "Registered in error." }) };
        delete.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var deleted = await education.SendAsync(delete);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);

        await PipelineClients.CreateAsync(education, "/api/education/pupils", new { child = TestIdentifiers.Child(upn: upn) });
    }

    private static async Task<int> TotalAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {body}");
    }
}
