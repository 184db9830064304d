using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Domains;

/// <summary>
/// The education domain through the gateway: every record type's endpoints, a rejection for each,
/// a versioned event for every change (checked where it lands, in the profile's service_records),
/// and 412 on a stale If-Match.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EducationDomainTests(PlatformFixture platform)
{
    private const string Api = "/api/education";

    private async Task<HttpClient> EducationAsync() =>
        platform.GatewayClient(await platform.ServiceTokenAsync("education-service", [.. ApiResources.Education.Scopes]));

    private async Task<HttpClient> OperationsAsync() =>
        platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", ApiResources.Education.AdminScope!));

    private static async Task<Guid> CreatePupilAsync(HttpClient education)
    {
        using var created = await education.PostAsJsonAsync($"{Api}/pupils", new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn()) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<(string Location, EntityTagHeaderValue ETag, JsonElement Body)> CreateAsync(HttpClient education, string records, object body)
    {
        using var created = await education.PostAsJsonAsync($"{Api}/{records}", body);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"POST {records}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        Assert.Equal("\"1\"", created.Headers.ETag!.ToString());
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, json.GetProperty("version").GetInt64());
        Assert.Equal($"/{records}/{json.GetProperty("id").GetGuid()}", created.Headers.Location!.ToString());
        return ($"{Api}{created.Headers.Location}", created.Headers.ETag!, json);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient education, HttpMethod method, string path, object? body, EntityTagHeaderValue? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }

        return await education.SendWithCurrentVersionAsync(request);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, long expectedVersion)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal($"\"{expectedVersion}\"", response.Headers.ETag!.ToString());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expectedVersion, json.GetProperty("version").GetInt64());
        return json;
    }

    private static async Task AssertRejectedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
    }

    /// <summary>Waits until the profile holds the record at this version (the event for that change arrived), then requires its type and state.</summary>
    private async Task ProfileHasAsync(string recordType, Guid recordId, long version, string state = "Open")
    {
        var held = await new ProfileRecords(platform).AtLeastAsync(SourceSystems.Education, recordId, version);
        Assert.Equal((recordType, version, state), (held.RecordType, held.Version, held.State));
    }

    private async Task<string> ProfileSummaryAsync(Guid recordId) =>
        (await new ProfileRecords(platform).ReadAsync(SourceSystems.Education, recordId))!.Summary;

    private static Guid IdOf(JsonElement json) => json.GetProperty("id").GetGuid();

    [Fact]
    public async Task A_pupil_carries_a_former_upn_or_a_upn_unknown_reason_but_not_a_reason_with_a_upn()
    {
        using var education = await EducationAsync();
        var former = TestIdentifiers.NewUpn();

        var (location, etag, pupil) = await CreateAsync(education, "pupils", new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn()), formerUpn = former });
        var (_, _, unknown) = await CreateAsync(education, "pupils", new { child = TestIdentifiers.Child(), upnUnknownReason = "UN2" });
        using var both = await education.PostAsJsonAsync($"{Api}/pupils", new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn()), upnUnknownReason = "UN1" });
        using var badFormer = await education.PostAsJsonAsync($"{Api}/pupils", new { child = TestIdentifiers.Child(), formerUpn = "A801200005001" });
        using var update = await SendAsync(education, HttpMethod.Put, location, new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn()), formerUpn = (string?)null }, etag);

        Assert.Equal(former, pupil.GetProperty("formerUpn").GetString());
        Assert.Equal("UN2", unknown.GetProperty("upnUnknownReason").GetString());
        await AssertRejectedAsync(both, "upnUnknownReason");
        await AssertRejectedAsync(badFormer, "formerUpn");
        Assert.Equal(JsonValueKind.Null, (await OkAsync(update, 2)).GetProperty("formerUpn").ValueKind);
        await ProfileHasAsync("pupil", IdOf(pupil), 2);
    }

    [Fact]
    public async Task An_enrolment_is_recorded_read_listed_updated_left_and_deleted_with_an_event_for_each_version()
    {
        using var education = await EducationAsync();
        var pupilId = await CreatePupilAsync(education);
        var enrolment = new { pupilId, urn = "112233", laestab = "8304001", startDate = "2024-09-04", enrolmentStatus = "C" };

        var (location, etag, created) = await CreateAsync(education, "enrolments", enrolment);
        var id = IdOf(created);
        await ProfileHasAsync("enrolment", id, 1);
        using var read = await education.GetAsync(location);
        await OkAsync(read, 1);
        var listed = await education.GetFromJsonAsync<JsonElement>($"{Api}/enrolments?pupilId={pupilId}");
        Assert.Equal(1, listed.GetProperty("total").GetInt32());

        using var updated = await SendAsync(education, HttpMethod.Put, location, enrolment with { enrolmentStatus = "M" }, etag);
        Assert.Equal("M", (await OkAsync(updated, 2)).GetProperty("enrolmentStatus").GetString());
        await ProfileHasAsync("enrolment", id, 2);

        using var stale = await SendAsync(education, HttpMethod.Put, location, enrolment with { enrolmentStatus = "S" }, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);

        using var leaveTooEarly = await SendAsync(education, HttpMethod.Post, $"{location}/close", new { leaveDate = "2024-09-01" });
        await AssertRejectedAsync(leaveTooEarly, "leaveDate");
        using var left = await SendAsync(education, HttpMethod.Post, $"{location}/close", new { leaveDate = "2026-07-22" }, updated.Headers.ETag);
        var leftJson = await OkAsync(left, 3);
        Assert.Equal((int)RecordState.Closed, leftJson.GetProperty("state").GetInt32());
        Assert.Equal("2026-07-22", leftJson.GetProperty("leaveDate").GetString());
        await ProfileHasAsync("enrolment", id, 3, "Closed");

        using var noReason = await SendAsync(education, HttpMethod.Delete, location, new { reason = "" });
        await AssertRejectedAsync(noReason, "reason");
        using var deleted = await SendAsync(education, HttpMethod.Delete, location, new { reason = "Recorded against the wrong pupil" });
        await OkAsync(deleted, 4);
        Assert.Equal(HttpStatusCode.NotFound, (await education.GetAsync(location)).StatusCode);
        await ProfileHasAsync("enrolment", id, 4, "Deleted");
    }

    [Fact]
    public async Task An_enrolment_with_a_bad_urn_or_an_unknown_pupil_is_rejected_and_nothing_is_written()
    {
        using var education = await EducationAsync();
        var pupilId = await CreatePupilAsync(education);

        using var badUrn = await education.PostAsJsonAsync($"{Api}/enrolments", new { pupilId, urn = "12345", laestab = "8304001", startDate = "2024-09-04", enrolmentStatus = "C" });
        using var noPupil = await education.PostAsJsonAsync($"{Api}/enrolments", new { pupilId = Guid.NewGuid(), urn = "123456", laestab = "8304001", startDate = "2024-09-04", enrolmentStatus = "C" });
        using var impossibleDate = await education.PostAsJsonAsync($"{Api}/enrolments", new { pupilId, urn = "123456", laestab = "8304001", startDate = "2024-02-30", enrolmentStatus = "C" });

        await AssertRejectedAsync(badUrn, "urn");
        await AssertRejectedAsync(noPupil, "pupilId");
        Assert.Equal(HttpStatusCode.BadRequest, impossibleDate.StatusCode);
        var listed = await education.GetFromJsonAsync<JsonElement>($"{Api}/enrolments?pupilId={pupilId}");
        Assert.Equal(0, listed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Attendance_marks_give_term_summaries_that_are_versioned_and_flag_persistent_absence()
    {
        using var education = await EducationAsync();
        var pupilId = await CreatePupilAsync(education);
        // Autumn 2025: ten possible sessions, nine attended, one unauthorised, plus two sessions that are not possible.
        var autumn = new List<object>();
        for (var day = 0; day < 5; day++)
        {
            var date = new DateOnly(2025, 10, 6).AddDays(day).ToString("yyyy-MM-dd");
            autumn.Add(new { date, session = "AM", code = day == 0 ? "N" : "/" });
            autumn.Add(new { date, session = "PM", code = day == 1 ? "L" : "/" });
        }

        autumn.Add(new { date = "2025-10-13", session = "AM", code = "X" });
        autumn.Add(new { date = "2025-10-13", session = "PM", code = "Y" });

        using var first = await education.PostAsJsonAsync($"{Api}/attendance/sessions", new { pupilId, sessions = autumn });
        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var summary = Assert.Single((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summaries").EnumerateArray());
        var summaryId = IdOf(summary);
        Assert.Equal("2025/26", summary.GetProperty("academicYear").GetString());
        Assert.Equal("autumn", summary.GetProperty("term").GetString());
        Assert.Equal(10, summary.GetProperty("possibleSessions").GetInt32());
        Assert.Equal(2, summary.GetProperty("notPossibleSessions").GetInt32());
        Assert.Equal(90.0m, summary.GetProperty("attendancePercentage").GetDecimal());
        Assert.False(summary.GetProperty("persistentAbsence").GetBoolean());
        Assert.Equal(1, summary.GetProperty("version").GetInt64());
        await ProfileHasAsync("attendance-summary", summaryId, 1);

        // A correction (present → unauthorised) in autumn and a first mark in spring: autumn becomes version 2, spring starts at 1.
        using var second = await education.PostAsJsonAsync($"{Api}/attendance/sessions", new
        {
            pupilId,
            sessions = new object[] { new { date = "2025-10-08", session = "AM", code = "O" }, new { date = "2026-01-12", session = "AM", code = "I" } },
        });
        var summaries = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summaries").EnumerateArray().ToList();
        Assert.Equal(["autumn", "spring"], summaries.Select(s => s.GetProperty("term").GetString()));
        Assert.Equal(2, summaries[0].GetProperty("version").GetInt64());
        Assert.Equal(80.0m, summaries[0].GetProperty("attendancePercentage").GetDecimal());
        Assert.True(summaries[0].GetProperty("persistentAbsence").GetBoolean());
        Assert.Equal(1, summaries[1].GetProperty("version").GetInt64());
        Assert.Equal(0.0m, summaries[1].GetProperty("attendancePercentage").GetDecimal());
        await ProfileHasAsync("attendance-summary", summaryId, 2);
        Assert.Equal("Attendance 2025/26 autumn term: 80.0% of 10 possible sessions (persistent absence)", await ProfileSummaryAsync(summaryId));
        await ProfileHasAsync("attendance-summary", IdOf(summaries[1]), 1);

        // The same marks again change nothing, so no new version.
        using var repeat = await education.PostAsJsonAsync($"{Api}/attendance/sessions", new { pupilId, sessions = new object[] { new { date = "2025-10-08", session = "AM", code = "O" } } });
        Assert.Equal(2, Assert.Single((await repeat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summaries").EnumerateArray()).GetProperty("version").GetInt64());

        var perPupil = await education.GetFromJsonAsync<JsonElement>($"{Api}/attendance/pupils/{pupilId}/summaries");
        Assert.Equal(2, perPupil.GetArrayLength());
        using var one = await education.GetAsync($"{Api}/attendance/summaries/{summaryId}");
        await OkAsync(one, 2);
        var persistent = await education.GetFromJsonAsync<JsonElement>($"{Api}/attendance/summaries?pupilId={pupilId}&term=autumn&persistentAbsence=true");
        Assert.Equal(summaryId, IdOf(Assert.Single(persistent.GetProperty("items").EnumerateArray())));
        var marks = await education.GetFromJsonAsync<JsonElement>($"{Api}/attendance/pupils/{pupilId}/sessions?from=2025-10-08&to=2025-10-08");
        Assert.Equal(["O", "/"], marks.EnumerateArray().Select(m => m.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Attendance_marks_with_an_unknown_code_an_august_date_or_an_unknown_pupil_are_rejected()
    {
        using var education = await EducationAsync();
        var pupilId = await CreatePupilAsync(education);

        using var badCode = await education.PostAsJsonAsync($"{Api}/attendance/sessions", new { pupilId, sessions = new object[] { new { date = "2025-10-06", session = "AM", code = "G" } } });
        using var august = await education.PostAsJsonAsync($"{Api}/attendance/sessions", new { pupilId, sessions = new object[] { new { date = "2025-08-06", session = "AM", code = "/" } } });
        using var noPupil = await education.PostAsJsonAsync($"{Api}/attendance/sessions", new { pupilId = Guid.NewGuid(), sessions = new object[] { new { date = "2025-10-06", session = "AM", code = "/" } } });

        await AssertRejectedAsync(badCode, "sessions[0].code");
        await AssertRejectedAsync(august, "sessions[0].date");
        await AssertRejectedAsync(noPupil, "pupilId");
        Assert.Equal(0, (await education.GetFromJsonAsync<JsonElement>($"{Api}/attendance/pupils/{pupilId}/summaries")).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await education.GetAsync($"{Api}/attendance/pupils/{Guid.NewGuid()}/summaries")).StatusCode);
    }

    [Fact]
    public async Task A_suspension_is_recorded_updated_and_deleted_and_a_permanent_exclusion_takes_no_sessions()
    {
        using var education = await EducationAsync();
        var pupilId = await CreatePupilAsync(education);
        var suspension = new { pupilId, category = "FIXD", reason = "DB", startDate = "2026-10-05", endDate = "2026-10-06", sessions = 4 };

        var (location, etag, created) = await CreateAsync(education, "exclusions", suspension);
        var id = IdOf(created);
        await ProfileHasAsync("exclusion", id, 1);
        using var updated = await SendAsync(education, HttpMethod.Put, location, suspension with { reason = "VA", sessions = 3 }, etag);
        Assert.Equal("VA", (await OkAsync(updated, 2)).GetProperty("reason").GetString());
        await ProfileHasAsync("exclusion", id, 2);
        using var stale = await SendAsync(education, HttpMethod.Put, location, suspension, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var deleted = await SendAsync(education, HttpMethod.Delete, location, new { reason = "Duplicate entry" }, updated.Headers.ETag);
        await OkAsync(deleted, 3);
        await ProfileHasAsync("exclusion", id, 3, "Deleted");

        using var permanentWithSessions = await education.PostAsJsonAsync($"{Api}/exclusions", new { pupilId, category = "PERM", reason = "OW", startDate = "2026-10-05", sessions = 2 });
        await AssertRejectedAsync(permanentWithSessions, "sessions");
        var (_, _, permanent) = await CreateAsync(education, "exclusions", new { pupilId, category = "PERM", reason = "TH", startDate = "2019-03-01" });
        Assert.Equal(JsonValueKind.Null, permanent.GetProperty("sessions").ValueKind);
        var listed = await education.GetFromJsonAsync<JsonElement>($"{Api}/exclusions?pupilId={pupilId}");
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Sen_provision_is_recorded_updated_and_closed_and_cannot_end_before_it_starts()
    {
        using var education = await EducationAsync();
        var pupilId = await CreatePupilAsync(education);

        using var backwards = await education.PostAsJsonAsync($"{Api}/sen-provisions", new { pupilId, provision = "K", startDate = "2025-01-06", endDate = "2025-01-05" });
        await AssertRejectedAsync(backwards, "endDate");
        using var unknownCode = await education.PostAsJsonAsync($"{Api}/sen-provisions", new { pupilId, provision = "S", startDate = "2025-01-06" });
        await AssertRejectedAsync(unknownCode, "provision");

        var (location, etag, created) = await CreateAsync(education, "sen-provisions", new { pupilId, provision = "K", startDate = "2025-01-06" });
        var id = IdOf(created);
        await ProfileHasAsync("sen-provision", id, 1);
        using var updated = await SendAsync(education, HttpMethod.Put, location, new { pupilId, provision = "E", startDate = "2025-01-06" }, etag);
        await OkAsync(updated, 2);
        using var closed = await SendAsync(education, HttpMethod.Post, $"{location}/close", new { endDate = "2026-07-20" }, updated.Headers.ETag);
        Assert.Equal((int)RecordState.Closed, (await OkAsync(closed, 3)).GetProperty("state").GetInt32());
        await ProfileHasAsync("sen-provision", id, 3, "Closed");
        using var stale = await SendAsync(education, HttpMethod.Post, $"{location}/close", new { endDate = "2026-07-21" }, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var deleted = await SendAsync(education, HttpMethod.Delete, location, new { reason = "Entered twice" });
        await OkAsync(deleted, 4);
        await ProfileHasAsync("sen-provision", id, 4, "Deleted");
    }

    [Fact]
    public async Task Free_school_meals_eligibility_is_recorded_closed_and_deleted()
    {
        using var education = await EducationAsync();
        var pupilId = await CreatePupilAsync(education);

        using var future = await education.PostAsJsonAsync($"{Api}/free-school-meals", new { pupilId, startDate = "2099-01-01" });
        await AssertRejectedAsync(future, "startDate");

        var (location, etag, created) = await CreateAsync(education, "free-school-meals", new { pupilId, startDate = "2024-09-01" });
        var id = IdOf(created);
        await ProfileHasAsync("free-school-meals", id, 1);
        using var updated = await SendAsync(education, HttpMethod.Put, location, new { pupilId, startDate = "2024-09-02" }, etag);
        await OkAsync(updated, 2);
        using var stale = await SendAsync(education, HttpMethod.Put, location, new { pupilId, startDate = "2024-09-03" }, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var endBeforeStart = await SendAsync(education, HttpMethod.Post, $"{location}/close", new { endDate = "2024-08-01" });
        await AssertRejectedAsync(endBeforeStart, "endDate");
        using var closed = await SendAsync(education, HttpMethod.Post, $"{location}/close", new { endDate = "2025-03-31" });
        Assert.Equal("2025-03-31", (await OkAsync(closed, 3)).GetProperty("endDate").GetString());
        await ProfileHasAsync("free-school-meals", id, 3, "Closed");
        using var deleted = await SendAsync(education, HttpMethod.Delete, location, new { reason = "Wrong pupil" });
        await OkAsync(deleted, 4);
        await ProfileHasAsync("free-school-meals", id, 4, "Deleted");
        var listed = await education.GetFromJsonAsync<JsonElement>($"{Api}/free-school-meals?pupilId={pupilId}");
        Assert.Equal(0, listed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_family_member_is_recorded_updated_and_deleted_as_its_own_record()
    {
        using var education = await EducationAsync();
        var pupilId = await CreatePupilAsync(education);
        var mother = new
        {
            pupilId, relationship = "PAM", givenName = "Jane", familyName = "Hart", dateOfBirth = "1988-02-29",
            address = new { line1 = "1 High Street", town = "Matlock", postcode = "de4 3ab" }, parentalResponsibility = true,
        };

        using var unknownRelationship = await education.PostAsJsonAsync($"{Api}/family-members", mother with { relationship = "MUM" });
        await AssertRejectedAsync(unknownRelationship, "relationship");

        var (location, etag, created) = await CreateAsync(education, "family-members", mother);
        var id = IdOf(created);
        Assert.Equal("DE4 3AB", created.GetProperty("address").GetProperty("postcode").GetString());
        await ProfileHasAsync("pupil-family-member", id, 1);
        using var updated = await SendAsync(education, HttpMethod.Put, location, mother with { familyName = "Hart-Smith" }, etag);
        Assert.Equal("Hart-Smith", (await OkAsync(updated, 2)).GetProperty("familyName").GetString());
        await ProfileHasAsync("pupil-family-member", id, 2);
        using var stale = await SendAsync(education, HttpMethod.Put, location, mother, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var deleted = await SendAsync(education, HttpMethod.Delete, location, new { reason = "Not this pupil's mother" }, updated.Headers.ETag);
        await OkAsync(deleted, 3);
        await ProfileHasAsync("pupil-family-member", id, 3, "Deleted");
    }

    [Theory]
    [InlineData("pupils", "pupil")]
    [InlineData("enrolments", "enrolment")]
    [InlineData("attendance-summaries", "attendance-summary")]
    [InlineData("exclusions", "exclusion")]
    [InlineData("sen-provisions", "sen-provision")]
    [InlineData("free-school-meals", "free-school-meals")]
    [InlineData("family-members", "pupil-family-member")]
    public async Task Every_record_type_can_be_republished_by_an_administrator_only(string records, string recordType)
    {
        using var education = await EducationAsync();
        using var ops = await OperationsAsync();

        using var refused = await education.PostAsync($"{Api}/admin/republish/{records}", null);
        using var response = await ops.PostAsync($"{Api}/admin/republish/{records}", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(recordType, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recordType").GetString());
    }

    [Fact]
    public async Task The_api_description_documents_every_education_endpoint()
    {
        using var direct = new HttpClient { BaseAddress = platform.Education.BaseAddress };

        var document = await direct.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[]
        {
            "/enrolments/{id}/close", "/attendance/sessions", "/attendance/pupils/{pupilId}/summaries", "/exclusions/{id}",
            "/sen-provisions/{id}/close", "/free-school-meals/{id}/close", "/family-members", "/admin/republish/attendance-summaries",
        })
        {
            Assert.Contains(path, paths);
        }
    }

    [Fact]
    public async Task A_record_names_the_child_as_the_pupil_is_now_known_when_it_next_changes()
    {
        using var education = await EducationAsync();
        var upn = TestIdentifiers.NewUpn();
        var (pupilLocation, pupilETag, pupil) = await CreateAsync(education, "pupils", new { child = TestIdentifiers.Child(upn: upn, givenName: "Before") });
        var pupilId = IdOf(pupil);
        var fsm = new { pupilId, startDate = "2024-09-01" };
        var (location, etag, created) = await CreateAsync(education, "free-school-meals", fsm);
        Assert.Equal("Before", created.GetProperty("child").GetProperty("givenName").GetString());

        using var renamed = await SendAsync(education, HttpMethod.Put, pupilLocation, new { child = TestIdentifiers.Child(upn: upn, givenName: "After") }, pupilETag);
        await OkAsync(renamed, 2);
        using var updated = await SendAsync(education, HttpMethod.Put, location, fsm with { startDate = "2024-09-02" }, etag);

        var child = (await OkAsync(updated, 2)).GetProperty("child");
        Assert.Equal("After", child.GetProperty("givenName").GetString());
        Assert.Equal(upn, child.GetProperty("upn").GetString());
        await ProfileHasAsync("free-school-meals", IdOf(created), 2);
    }
}
