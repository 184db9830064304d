using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Pipeline;

/// <summary>Bad input is a 400/409/412/428 problem naming the field, never a 500; a change names its version.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SafeInputTests(PlatformFixture platform)
{
    private readonly PipelineClients _clients = new(platform);

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {body}");
        }
    }

    [Theory]
    [InlineData("education", "pupils")]
    [InlineData("education", "enrolments")]
    [InlineData("socialcare", "referrals")]
    [InlineData("socialcare", "case-notes")]
    [InlineData("youthoffending", "offence-outcomes")]
    [InlineData("earlyyears", "setting-registrations")]
    public async Task The_last_int_page_is_a_400_naming_page(string service, string records)
    {
        using var client = await _clients.ServiceAsync(ApiResources.All.Single(a => a.Name == service));

        using var response = await client.GetAsync($"/api/{service}/{records}?page=2147483647");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "page");
    }

    [Theory]
    [InlineData("education", "enrolments")]
    [InlineData("socialcare", "referrals")]
    [InlineData("youthoffending", "offence-outcomes")]
    [InlineData("earlyyears", "setting-registrations")]
    public async Task A_json_null_body_is_a_400_naming_the_body_on_create_update_and_close(string service, string records)
    {
        using var client = await _clients.ServiceAsync(ApiResources.All.Single(a => a.Name == service));
        Task<HttpResponseMessage> SendNullAsync(HttpMethod method, string path) => client.SendAsync(new HttpRequestMessage(method, $"/api/{service}/{records}{path}")
        {
            Content = new StringContent("null", MediaTypeHeaderValue.Parse("application/json")),
            Headers = { IfMatch = { new EntityTagHeaderValue("\"1\"") } },
        });

        using var created = await SendNullAsync(HttpMethod.Post, "");
        using var updated = await SendNullAsync(HttpMethod.Put, $"/{Guid.NewGuid()}");
        using var closed = await SendNullAsync(HttpMethod.Post, $"/{Guid.NewGuid()}/close");

        await AssertProblemAsync(created, HttpStatusCode.BadRequest, "body");
        await AssertProblemAsync(updated, HttpStatusCode.BadRequest, "body");
        await AssertProblemAsync(closed, HttpStatusCode.BadRequest, "body");
    }

    [Fact]
    public async Task A_nul_character_in_a_name_or_text_is_a_400_naming_the_field()
    {
        using var education = await _clients.ServiceAsync(ApiResources.Education);
        using var socialCare = await _clients.ServiceAsync(ApiResources.SocialCare);

        using var pupil = await education.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn(), givenName: "Ada\0") });
        using var note = await socialCare.PostAsJsonAsync("/api/socialcare/case-notes", PipelineClients.CaseNote(TestIdentifiers.Child(), "Seen\0 today"));

        await AssertProblemAsync(pupil, HttpStatusCode.BadRequest, "child.givenName");
        await AssertProblemAsync(note, HttpStatusCode.BadRequest, "text");
    }

    [Fact]
    public async Task Dates_at_the_ends_of_the_calendar_are_400s_not_overflows()
    {
        using var socialCare = await _clients.ServiceAsync(ApiResources.SocialCare);
        using var yot = await _clients.ServiceAsync(ApiResources.YouthOffending);

        using var referral = await socialCare.PostAsJsonAsync("/api/socialcare/referrals", new
        {
            child = TestIdentifiers.Child(dateOfBirth: "0001-01-01"), referralDate = "2026-10-01", referralSource = "2A",
        });
        using var outcome = await yot.PostAsJsonAsync("/api/youthoffending/offence-outcomes", new
        {
            child = TestIdentifiers.Child(dateOfBirth: "2010-01-01"), offenceDate = "2026-06-01", offenceType = "Theft", gravityScore = 2,
            outcome = "youth-caution", outcomeDate = "9999-12-31",
        });

        await AssertProblemAsync(referral, HttpStatusCode.BadRequest, "child.dateOfBirth");
        await AssertProblemAsync(outcome, HttpStatusCode.BadRequest, "outcomeDate");
    }

    [Fact]
    public async Task A_change_without_if_match_or_with_a_wildcard_is_428_and_a_weak_tag_never_matches()
    {
        using var education = await _clients.ServiceAsync(ApiResources.Education);
        var body = new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn()) };
        using var created = await education.PostAsJsonAsync("/api/education/pupils", body);
        var location = $"/api/education{created.Headers.Location}";

        async Task<HttpResponseMessage> SendAsync(HttpMethod method, string? ifMatch)
        {
            using var request = new HttpRequestMessage(method, location) { Content = JsonContent.Create(method == HttpMethod.Delete ? new { reason = "Duplicate" } : (object)body) };
            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }

            return await education.SendAsync(request);
        }

        await AssertProblemAsync(await SendAsync(HttpMethod.Put, null), (HttpStatusCode)428);
        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, null), (HttpStatusCode)428);
        await AssertProblemAsync(await SendAsync(HttpMethod.Put, "*"), (HttpStatusCode)428);
        await AssertProblemAsync(await SendAsync(HttpMethod.Put, "W/\"1\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", created.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Put, "\"1\"")).StatusCode);
    }

    [Fact]
    public async Task A_second_pupil_with_a_upn_in_use_is_a_409_naming_child_upn()
    {
        using var education = await _clients.ServiceAsync(ApiResources.Education);
        var upn = TestIdentifiers.NewUpn();
        using var first = await education.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: upn) });

        using var second = await education.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: upn) });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await AssertProblemAsync(second, HttpStatusCode.Conflict, "child.upn");
    }

    [Fact]
    public async Task Closing_a_closed_record_is_409_in_every_service()
    {
        using var education = await _clients.ServiceAsync(ApiResources.Education);
        using var pupil = await education.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn()) });
        var pupilId = (await pupil.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var created = await education.PostAsJsonAsync("/api/education/enrolments", new { pupilId, urn = "112233", laestab = "8304001", startDate = "2024-09-04", enrolmentStatus = "C" });
        var location = $"/api/education{created.Headers.Location}/close";

        async Task<HttpResponseMessage> CloseAsync(EntityTagHeaderValue etag)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, location) { Content = JsonContent.Create(new { leaveDate = "2026-07-22" }) };
            request.Headers.IfMatch.Add(etag);
            return await education.SendAsync(request);
        }

        using var closed = await CloseAsync(created.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        await AssertProblemAsync(await CloseAsync(closed.Headers.ETag!), HttpStatusCode.Conflict);
    }
}
