using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Validation;

/// <summary>Bad input gets an RFC 9457 problem naming the fields, never a 500, and nothing is written.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformFixture platform)
{
    private async Task<HttpClient> EducationAsync() =>
        platform.GatewayClient(await platform.ServiceTokenAsync("education-service", [.. ApiResources.Education.Scopes]));

    private async Task<long> CountAsync(string service, string table)
    {
        await using var db = await platform.OpenDatabaseAsync(service);
        await using var count = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM {table}", db);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task An_invalid_pupil_is_a_validation_problem_naming_each_field_and_nothing_is_written()
    {
        using var education = await EducationAsync();
        var (pupils, outbox) = (await CountAsync("education", "pupils"), await CountAsync("education", "outbox_messages"));

        using var response = await education.PostAsJsonAsync("/api/education/pupils", new
        {
            child = new { givenName = "", familyName = "Hart", dateOfBirth = "2099-01-01", sex = "X", upn = "A801200005001", nhsNumber = "9434765918" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        foreach (var field in new[] { "child.givenName", "child.dateOfBirth", "child.sex", "child.upn", "child.nhsNumber" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }

        Assert.Equal(pupils, await CountAsync("education", "pupils"));
        Assert.Equal(outbox, await CountAsync("education", "outbox_messages"));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        using var education = await EducationAsync();
        using var body = new StringContent("{\"child\": {\"givenName\": ", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

        using var response = await education.PostAsync("/api/education/pupils", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ProblemAsync(response);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_400_problem()
    {
        using var education = await EducationAsync();
        using var body = new StringContent("{\"child\": {\"dateOfBirth\": \"not a date\"}}", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

        using var response = await education.PostAsync("/api/education/pupils", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("child.dateOfBirth", out _));
    }

    [Theory]
    [InlineData("education", "/api/education/pupils", "upnUnknownReason", """{"child":{"givenName":"A","familyName":"B","dateOfBirth":"2015-01-01","sex":"F"}}""")]
    [InlineData("socialcare", "/api/socialcare/referrals", "referralSource", """{"child":{"givenName":"A","familyName":"B","dateOfBirth":"2015-01-01","sex":"F"},"referralDate":"2026-01-01","referralSource":"ZZ"}""")]
    [InlineData("socialcare", "/api/socialcare/referrals", "primaryNeed", """{"child":{"givenName":"A","familyName":"B","dateOfBirth":"2015-01-01","sex":"F"},"referralDate":"2026-01-01","referralSource":"2A","primaryNeed":"N9"}""")]
    [InlineData("youthoffending", "/api/youthoffending/offence-outcomes", "outcomeDate", """{"child":{"givenName":"A","familyName":"B","dateOfBirth":"2010-01-01","sex":"M"},"offenceDate":"2026-05-01","offenceType":"Theft","gravityScore":2,"outcome":"youth-caution","outcomeDate":"2026-04-01"}""")]
    [InlineData("youthoffending", "/api/youthoffending/offence-outcomes", "gravityScore", """{"child":{"givenName":"A","familyName":"B","dateOfBirth":"2010-01-01","sex":"M"},"offenceDate":"2026-05-01","offenceType":"Theft","gravityScore":9,"outcome":"youth-caution","outcomeDate":"2026-05-02"}""")]
    [InlineData("earlyyears", "/api/earlyyears/setting-registrations", "providerUrn", """{"child":{"givenName":"A","familyName":"B","dateOfBirth":"2023-01-01","sex":"F"},"providerUrn":"12","settingName":"Nursery","startDate":"2025-01-01"}""")]
    public async Task Each_service_names_the_field_it_rejects(string service, string path, string field, string json)
    {
        using var client = platform.GatewayClient(await platform.ServiceTokenAsync($"{service}-service", [.. ApiResources.ByName(service).Scopes]));

        using var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
    }

    [Fact]
    public async Task An_update_against_a_stale_version_is_412_and_changes_nothing()
    {
        using var education = await EducationAsync();
        using var created = await education.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn(), givenName: "Original") });
        var location = created.Headers.Location!.ToString();
        var etag = created.Headers.ETag!;

        using var first = new HttpRequestMessage(HttpMethod.Put, $"/api/education{location}") { Content = JsonContent.Create(new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn(), givenName: "First") }) };
        first.Headers.IfMatch.Add(etag);
        using var firstResponse = await education.SendAsync(first);
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/education{location}") { Content = JsonContent.Create(new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn(), givenName: "Second") }) };
        stale.Headers.IfMatch.Add(etag);
        using var staleResponse = await education.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleResponse.StatusCode);
        await ProblemAsync(staleResponse);
        using var current = await education.GetAsync($"/api/education{location}");
        var pupil = await current.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("First", pupil.GetProperty("child").GetProperty("givenName").GetString());
        Assert.Equal(2, pupil.GetProperty("version").GetInt64());
    }
}
