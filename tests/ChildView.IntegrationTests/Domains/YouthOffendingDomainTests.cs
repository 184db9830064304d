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
/// Youth offending's record types end to end through the gateway: create, read, list, update with
/// If-Match, close, soft delete and republish, each change arriving at the profile at its version.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class YouthOffendingDomainTests(PlatformFixture platform)
{
    private const string Api = "/api/youthoffending";

    private async Task<HttpClient> YotAsync() =>
        platform.GatewayClient(await platform.ServiceTokenAsync("youthoffending-service", [.. ApiResources.YouthOffending.Scopes]));

    /// <summary>A machine client allocates cases only with the admin scope.</summary>
    private async Task<HttpClient> AllocatorAsync() =>
        platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", [.. ApiResources.YouthOffending.AllScopes]));

    private static object NewChild(string localId, string dateOfBirth = "2010-01-01") => new
    {
        localId,
        givenName = "Jayden",
        familyName = "Domain",
        dateOfBirth,
        sex = "M",
        nhsNumber = TestIdentifiers.NewNhsNumber(),
    };

    private static string NewLocalId() => $"YOT-{Guid.NewGuid():N}"[..24];

    [Fact]
    public async Task An_offence_outcome_goes_through_its_whole_life_and_the_profile_follows_each_version()
    {
        var localId = NewLocalId();
        var child = NewChild(localId);
        var record = new DomainRecordDriver(platform, await YotAsync(), Api, "offence-outcomes", "youthoffending", "offence-outcome");

        await record.RejectsCreateAsync(new { child, offenceDate = "2026-05-01", offenceType = "Robbery", gravityScore = 6, outcome = "detention-and-training-order", outcomeDate = "2026-06-01", lengthMonths = 5 }, "lengthMonths");
        var created = await record.CreateAsync(new { child, offenceDate = "2026-05-01", offenceType = "Robbery", gravityScore = 6, outcome = "detention-and-training-order", outcomeDate = "2026-06-01", lengthMonths = 6 });
        Assert.Equal("2026-12-01", created.GetProperty("scheduledEndDate").GetString());
        await record.ListsAsync($"localId={localId}&outcome=detention-and-training-order", 1);
        await record.ListsAsync($"localId={localId}&outcome=youth-caution", 0);
        await record.RejectsListAsync("outcome=prison");

        var updated = await record.UpdateAsync(new { child, offenceDate = "2026-05-01", offenceType = "Robbery", gravityScore = 6, outcome = "referral-order", outcomeDate = "2026-06-01", lengthMonths = 12 });
        Assert.Equal("referral-order", updated.GetProperty("outcome").GetString());
        await record.RejectsUpdateAsync(new { child, offenceDate = "2026-05-01", offenceType = "Robbery", gravityScore = 6, outcome = "referral-order", outcomeDate = "2026-06-01", lengthMonths = 13 }, "lengthMonths");

        await record.RejectsCloseAsync(new { endDate = "2026-05-31" }, "endDate");
        var closed = await record.CloseAsync(new { endDate = "2026-11-01" });
        Assert.Equal("2026-11-01", closed.GetProperty("endDate").GetString());
        await record.RejectsCloseTwiceAsync(new { endDate = "2026-11-02" });

        await record.DeleteAsync();
        await record.ListsAsync($"localId={localId}", 0);
        var summary = await record.ProfileSummaryAsync();
        Assert.Contains("referral-order, 12 months", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assetplus_assessment_is_recorded_corrected_and_deleted()
    {
        var localId = NewLocalId();
        var child = NewChild(localId);
        var record = new DomainRecordDriver(platform, await YotAsync(), Api, "assetplus-assessments", "youthoffending", "assetplus-assessment");

        await record.RejectsCreateAsync(new { child, assessmentDate = "2026-10-01", riskOfSeriousHarm = "medium", safetyAndWellbeing = "low", likelihoodOfReoffending = "very-high" }, "likelihoodOfReoffending");
        await record.CreateAsync(new { child, assessmentDate = "2026-10-01", riskOfSeriousHarm = "medium", safetyAndWellbeing = "low", likelihoodOfReoffending = "high" });
        await record.ListsAsync($"localId={localId}&riskOfSeriousHarm=medium", 1);
        await record.ListsAsync($"localId={localId}&riskOfSeriousHarm=high", 0);
        await record.RejectsListAsync("assessedFrom=2026-10-02&assessedTo=2026-10-01");

        var updated = await record.UpdateAsync(new { child, assessmentDate = "2026-10-01", riskOfSeriousHarm = "very-high", safetyAndWellbeing = "low", likelihoodOfReoffending = "high" });
        Assert.Equal("very-high", updated.GetProperty("riskOfSeriousHarm").GetString());
        await record.RejectsUpdateAsync(new { child, assessmentDate = "2099-10-01", riskOfSeriousHarm = "low", safetyAndWellbeing = "low", likelihoodOfReoffending = "low" }, "assessmentDate");
        Assert.Contains("risk of serious harm very-high", await record.ProfileSummaryAsync(), StringComparison.Ordinal);

        await record.DeleteAsync();
    }

    [Fact]
    public async Task An_intervention_is_recorded_changed_ended_and_deleted()
    {
        var localId = NewLocalId();
        var child = NewChild(localId);
        var record = new DomainRecordDriver(platform, await YotAsync(), Api, "interventions", "youthoffending", "youth-intervention");

        await record.RejectsCreateAsync(new { child, interventionType = "reparation", startDate = "2026-09-01", endDate = "2026-08-01" }, "endDate");
        await record.CreateAsync(new { child, interventionType = "reparation", description = "Community garden", startDate = "2026-09-01" });
        await record.ListsAsync($"localId={localId}&interventionType=reparation&activeOn=2026-10-01", 1);
        await record.ListsAsync($"localId={localId}&activeOn=2026-08-31", 0);

        await record.UpdateAsync(new { child, interventionType = "victim-awareness", startDate = "2026-09-01" });
        await record.RejectsUpdateAsync(new { child, interventionType = "boot-camp", startDate = "2026-09-01" }, "interventionType");
        await record.RejectsCloseAsync(new { endDate = "2026-08-31" }, "endDate");
        await record.CloseAsync(new { endDate = "2026-11-01" });
        await record.ListsAsync($"localId={localId}&activeOn=2026-11-02", 0);

        await record.DeleteAsync();
    }

    [Fact]
    public async Task An_allocation_to_an_officer_and_team_is_published_ended_and_deleted()
    {
        var localId = NewLocalId();
        var child = NewChild(localId);
        var staff = new Security.Allocation.AllocationCallers(platform);
        var officer = await staff.StaffAsync("yot-officer", "yot-north");
        var colleague = await staff.StaffAsync("yot-officer", "yot-north");
        var record = new DomainRecordDriver(platform, await AllocatorAsync(), Api, "allocations", "youthoffending", "yot-allocation");

        await record.RejectsCreateAsync(new { child, officerId = "not an id!", teamCode = "YOT-NORTH", fromDate = "2026-10-01" }, "officerId");
        var created = await record.CreateAsync(new { child, officerId = officer.ToUpperInvariant(), teamCode = "yot-north", teamName = "North YOT", fromDate = "2026-10-01" });
        Assert.Equal(officer, created.GetProperty("officerId").GetString());
        Assert.Equal("YOT-NORTH", created.GetProperty("teamCode").GetString());
        await record.ListsAsync($"officerId={officer}", 1);
        await record.ListsAsync($"officerId={officer}&teamCode=YOT-SOUTH", 0);

        await record.UpdateAsync(new { child, officerId = colleague, teamCode = "YOT-NORTH", fromDate = "2026-10-01" });
        await record.ListsAsync($"officerId={colleague}&teamCode=yot-north&state=Open", 1);
        await record.RejectsUpdateAsync(new { child, officerId = "", teamCode = "YOT-NORTH", fromDate = "2026-10-01" }, "officerId");
        await record.RejectsCloseAsync(new { toDate = "2026-09-30" }, "toDate");
        await record.CloseAsync(new { toDate = "2026-11-20" });
        await record.ListsAsync($"officerId={colleague}&state=Closed", 1);
        Assert.Contains($"Staff {colleague}", await record.ProfileSummaryAsync(), StringComparison.Ordinal);

        await record.DeleteAsync();
    }

    [Fact]
    public async Task A_person_around_the_child_is_recorded_corrected_and_deleted()
    {
        var localId = NewLocalId();
        var child = NewChild(localId);
        var record = new DomainRecordDriver(platform, await YotAsync(), Api, "family-members", "youthoffending", "youth-family-member");

        await record.RejectsCreateAsync(new { child, givenName = "Kerry", familyName = "Domain", relationship = "mum", hasParentalResponsibility = true, livesWithChild = true }, "relationship");
        await record.CreateAsync(new { child, givenName = "Kerry", familyName = "Domain", relationship = "mother", dateOfBirth = "1985-04-04", hasParentalResponsibility = true, livesWithChild = true });
        await record.ListsAsync($"localId={localId}&relationship=mother", 1);

        await record.UpdateAsync(new { child, givenName = "Kerry", familyName = "Domain", relationship = "mother", hasParentalResponsibility = true, livesWithChild = false, telephone = "01629 123456" });
        await record.RejectsUpdateAsync(new { child, givenName = "Kerry", familyName = "Domain", relationship = "mother", dateOfBirth = "2011-01-01", hasParentalResponsibility = true, livesWithChild = false }, "dateOfBirth");
        Assert.Contains("mother: Kerry Domain (parental responsibility)", await record.ProfileSummaryAsync(), StringComparison.Ordinal);

        await record.DeleteAsync();
    }

    [Theory]
    [InlineData("offence-outcomes", "offence_outcomes")]
    [InlineData("assetplus-assessments", "asset_plus_assessments")]
    [InlineData("interventions", "youth_interventions")]
    [InlineData("allocations", "yot_allocations")]
    [InlineData("family-members", "youth_family_members")]
    public async Task Every_record_type_can_be_republished_by_an_administrator_only(string records, string table)
    {
        using var ops = platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", ApiResources.YouthOffending.AdminScope!));
        using var yot = await YotAsync();
        await using var db = await platform.OpenDatabaseAsync("youthoffending");
        await using var count = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM {table}", db);
        var stored = (long)(await count.ExecuteScalarAsync())!;

        using var refused = await yot.PostAsync($"{Api}/admin/republish/{records}", null);
        using var response = await ops.PostAsync($"{Api}/admin/republish/{records}", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(stored, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("republished").GetInt64());
    }

    [Theory]
    [InlineData("offence-outcomes", "offenceDate", """{"child":{"givenName":"A","familyName":"B","dateOfBirth":"2010-01-01","sex":"M"},"offenceDate":"2026-02-30","offenceType":"Theft","gravityScore":2,"outcome":"youth-caution","outcomeDate":"2026-03-02"}""")]
    [InlineData("interventions", "startDate", """{"child":{"givenName":"A","familyName":"B","dateOfBirth":"2010-01-01","sex":"M"},"interventionType":"reparation","startDate":"2026-13-01"}""")]
    [InlineData("allocations", "fromDate", """{"child":{"givenName":"A","familyName":"B","dateOfBirth":"2010-01-01","sex":"M"},"officerId":"a","officerName":"A","teamCode":"T","fromDate":"yesterday"}""")]
    public async Task An_impossible_calendar_date_is_a_400_naming_the_field(string records, string field, string json)
    {
        using var yot = await YotAsync();
        await using var db = await platform.OpenDatabaseAsync("youthoffending");
        await using var outbox = new Npgsql.NpgsqlCommand("SELECT count(*) FROM outbox_messages", db);
        var before = (long)(await outbox.ExecuteScalarAsync())!;

        using var response = await yot.PostAsync($"{Api}/{records}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
        Assert.True((long)(await outbox.ExecuteScalarAsync())! <= before, "an event was staged for a rejected request");
    }

    [Fact]
    public async Task The_service_documents_every_endpoint_in_its_openapi_description()
    {
        using var http = new HttpClient { BaseAddress = platform.YouthOffending.BaseAddress };

        var document = await http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/offence-outcomes/{id}/close", out _), "/offence-outcomes/{id}/close is not documented");
        Assert.True(paths.TryGetProperty("/assetplus-assessments/{id}", out _), "/assetplus-assessments/{id} is not documented");
        Assert.True(paths.TryGetProperty("/interventions/{id}/close", out _), "/interventions/{id}/close is not documented");
        Assert.True(paths.TryGetProperty("/allocations/{id}/close", out _), "/allocations/{id}/close is not documented");
        Assert.True(paths.TryGetProperty("/family-members/{id}", out _), "/family-members/{id} is not documented");
        Assert.True(paths.TryGetProperty("/admin/republish/allocations", out _), "/admin/republish/allocations is not documented");
    }

    [Fact]
    public async Task Reads_and_writes_of_unknown_records_are_404()
    {
        using var yot = await YotAsync();
        var id = Guid.NewGuid();

        foreach (var records in new[] { "offence-outcomes", "assetplus-assessments", "interventions", "allocations", "family-members" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await yot.GetAsync($"{Api}/{records}/{id}")).StatusCode);
            using var delete = new HttpRequestMessage(HttpMethod.Delete, $"{Api}/{records}/{id}") { Content = JsonContent.Create(new { reason = "Duplicate" }) };
            Assert.Equal(HttpStatusCode.NotFound, (await yot.SendWithCurrentVersionAsync(delete)).StatusCode);
        }
    }
}

/// <summary>
/// Walks one record through the conventions' endpoint set and checks each answer, its ETag, and the
/// version and state the profile holds afterwards (service_records in the profile database).
/// </summary>
internal sealed class DomainRecordDriver(PlatformFixture platform, HttpClient client, string api, string records, string source, string recordType)
{
    private string _location = "";

    public Guid Id { get; private set; }

    public long Version { get; private set; }

    public async Task RejectsCreateAsync(object body, string field)
    {
        using var response = await client.PostAsJsonAsync($"{api}/{records}", body);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    public async Task<JsonElement> CreateAsync(object body, string expectedState = "Open")
    {
        using var response = await client.PostAsJsonAsync($"{api}/{records}", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Id = created.GetProperty("id").GetGuid();
        Version = 1;
        _location = $"{api}/{records}/{Id}";
        Assert.Equal($"/{records}/{Id}", response.Headers.Location!.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag!.ToString());
        Assert.Equal(1, created.GetProperty("version").GetInt64());
        Assert.Equal(expectedState, StateOf(created));

        using var read = await client.GetAsync(_location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag!.ToString());
        await ProfileHoldsAsync(1, expectedState);
        return created;
    }

    public async Task ListsAsync(string query, int total)
    {
        using var response = await client.GetAsync($"{api}/{records}?{query}&page=1&pageSize=5");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(total, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
    }

    public async Task RejectsListAsync(string query)
    {
        using var response = await client.GetAsync($"{api}/{records}?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var tooBig = await client.GetAsync($"{api}/{records}?pageSize=100000");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
    }

    /// <summary>Updates against the current ETag, then proves a second update against the old one is 412 and changes nothing.</summary>
    public async Task<JsonElement> UpdateAsync(object body)
    {
        var before = Version;
        var updated = await SendAsync(HttpMethod.Put, _location, body, Version, HttpStatusCode.OK);
        Assert.Equal(before + 1, Version);

        using var stale = new HttpRequestMessage(HttpMethod.Put, _location) { Content = JsonContent.Create(body) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{before}\"", isWeak: false));
        using var staleResponse = await client.SendAsync(stale);
        await AssertProblemAsync(staleResponse, HttpStatusCode.PreconditionFailed, null);
        using var current = await client.GetAsync(_location);
        Assert.Equal(Version, (await current.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());

        await ProfileHoldsAsync(Version, StateOf(updated));
        return updated;
    }

    public async Task RejectsUpdateAsync(object body, string field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, _location) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{Version}\"", isWeak: false));
        await AssertProblemAsync(await client.SendWithCurrentVersionAsync(request), HttpStatusCode.BadRequest, field);
    }

    public async Task<JsonElement> CloseAsync(object body)
    {
        var closed = await SendAsync(HttpMethod.Post, $"{_location}/close", body, Version, HttpStatusCode.OK);
        Assert.Equal("Closed", StateOf(closed));
        await ProfileHoldsAsync(Version, "Closed");
        return closed;
    }

    /// <summary>A closed record is corrected with PUT: a second close is a conflict (409), as in every service.</summary>
    public async Task RejectsCloseTwiceAsync(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_location}/close") { Content = JsonContent.Create(body) };
        using var response = await client.SendWithCurrentVersionAsync(request);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public async Task RejectsCloseAsync(object body, string field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_location}/close") { Content = JsonContent.Create(body) };
        await AssertProblemAsync(await client.SendWithCurrentVersionAsync(request), HttpStatusCode.BadRequest, field);
    }

    /// <summary>A reason is required; the deleted record is gone from reads and writes, and the profile holds it as deleted.</summary>
    public async Task DeleteAsync()
    {
        using var withoutReason = new HttpRequestMessage(HttpMethod.Delete, _location) { Content = JsonContent.Create(new { reason = " " }) };
        await AssertProblemAsync(await client.SendWithCurrentVersionAsync(withoutReason), HttpStatusCode.BadRequest, "reason");

        var deleted = await SendAsync(HttpMethod.Delete, _location, new { reason = "Recorded against the wrong child" }, Version, HttpStatusCode.OK);
        Assert.Equal("Deleted", StateOf(deleted));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(_location)).StatusCode);
        using var again = new HttpRequestMessage(HttpMethod.Delete, _location) { Content = JsonContent.Create(new { reason = "Twice" }) };
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendWithCurrentVersionAsync(again)).StatusCode);
        await ProfileHoldsAsync(Version, "Deleted");
    }

    public async Task<string> ProfileSummaryAsync() => (await new ProfileRecords(platform).ReadAsync(source, Id))!.Summary;

    /// <summary>Waits until the profile holds at least <paramref name="version"/>, then requires exactly it, in the expected state.</summary>
    private async Task ProfileHoldsAsync(long version, string state)
    {
        var held = await new ProfileRecords(platform).AtLeastAsync(source, Id, version);
        Assert.Equal((recordType, version, state), (held.RecordType, held.Version, held.State));
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object body, long ifMatch, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ifMatch}\"", isWeak: false));
        using var response = await client.SendAsync(request);
        Assert.True(expected == response.StatusCode, $"{method} {path}: expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Version = result.GetProperty("version").GetInt64();
        Assert.Equal($"\"{Version}\"", response.Headers.ETag!.ToString());
        return result;
    }

    /// <summary>The record state as its name, whether the API writes enums as names or (as the reference feature does) numbers.</summary>
    public static string StateOf(JsonElement record)
    {
        var state = record.GetProperty("state");
        return state.ValueKind == JsonValueKind.Number ? ((RecordState)state.GetInt32()).ToString() : state.GetString()!;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            if (field is not null)
            {
                Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {body}");
            }
        }
    }
}
