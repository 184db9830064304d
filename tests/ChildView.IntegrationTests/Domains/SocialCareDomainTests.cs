using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.ChildProfile;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;
using Npgsql;

namespace ChildView.IntegrationTests.Domains;

/// <summary>
/// The social care domain through the gateway: every record type created, read, listed, corrected with
/// If-Match, closed where it has an end and soft-deleted, each change reaching the profile at its version.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SocialCareDomainTests(PlatformFixture platform)
{
    private const string Api = "/api/socialcare";

    public static TheoryData<string> Routes => new()
    {
        "referrals", "assessments", "section47-enquiries", "child-protection-plans", "child-in-need-plans",
        "looked-after-episodes", "case-notes", "case-allocations", "family-members",
    };

    public static TheoryData<string, string> RoutesAndTables => new()
    {
        { "referrals", "referrals" },
        { "assessments", "assessments" },
        { "section47-enquiries", "section47_enquiries" },
        { "child-protection-plans", "child_protection_plans" },
        { "child-in-need-plans", "child_in_need_plans" },
        { "looked-after-episodes", "looked_after_episodes" },
        { "case-notes", "case_notes" },
        { "case-allocations", "case_allocations" },
        { "family-members", "care_family_members" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_record_type_is_created_read_listed_corrected_closed_and_deleted_with_an_event_per_version(string route)
    {
        using var client = await WriterAsync(route);
        var localId = NewLocalId();
        var scenario = await ScenarioAsync(client, route, localId);

        // Create: a rejection names the field, then the record is created at version 1 and reaches the profile.
        await AssertRejectedAsync(await client.PostAsJsonAsync($"{Api}/{route}", scenario.BadCreate), scenario.BadCreateField);
        using var created = await client.PostAsJsonAsync($"{Api}/{route}", scenario.Create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.ToString());
        var location = $"{Api}{created.Headers.Location}";
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await WaitForProfileAsync(id, scenario.ProfileType, 1, "Open");

        using (var read = await client.GetAsync(location))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal("\"1\"", read.Headers.ETag?.ToString());
            Assert.Equal(localId, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("child").GetProperty("localId").GetString());
        }

        var listed = await client.GetFromJsonAsync<JsonElement>($"{Api}/{route}?localId={localId}&state=open&page=1&pageSize=5");
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        Assert.Equal(id, listed.GetProperty("items")[0].GetProperty("id").GetGuid());
        await AssertRejectedAsync(await client.GetAsync($"{Api}/{route}?state=deleted"), "state");

        // Update: a rejection changes nothing; the update is version 2; a second edit of version 1 is stale.
        await AssertRejectedAsync(await SendAsync(client, HttpMethod.Put, location, scenario.BadUpdate, version: 1), scenario.BadUpdateField);
        using (var updated = await SendAsync(client, HttpMethod.Put, location, scenario.Update, version: 1))
        {
            Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
            Assert.Equal("\"2\"", updated.Headers.ETag?.ToString());
        }

        await WaitForProfileAsync(id, scenario.ProfileType, 2, "Open");
        using (var stale = await SendAsync(client, HttpMethod.Put, location, scenario.Update, version: 1))
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
            Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        }

        var version = 2L;
        if (scenario.Close is not null)
        {
            await AssertRejectedAsync(await SendAsync(client, HttpMethod.Post, $"{location}/close", scenario.BadClose!, version), scenario.BadCloseField!);
            using (var staleClose = await SendAsync(client, HttpMethod.Post, $"{location}/close", scenario.Close, version: 1))
            {
                Assert.Equal(HttpStatusCode.PreconditionFailed, staleClose.StatusCode);
            }

            using (var closed = await SendAsync(client, HttpMethod.Post, $"{location}/close", scenario.Close, version))
            {
                Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
                Assert.Equal("\"3\"", closed.Headers.ETag?.ToString());
            }

            version = 3;
            await WaitForProfileAsync(id, scenario.ProfileType, version, "Closed");
            using (var again = await SendAsync(client, HttpMethod.Post, $"{location}/close", scenario.Close, version))
            {
                Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            }

            var closedList = await client.GetFromJsonAsync<JsonElement>($"{Api}/{route}?localId={localId}&state=closed");
            Assert.Equal(1, closedList.GetProperty("total").GetInt32());
        }

        // Delete: a reason is required; the record disappears from reads and lists, and the profile hides it.
        await AssertRejectedAsync(await SendAsync(client, HttpMethod.Delete, location, new { reason = " " }, version), "reason");
        using (var deleted = await SendAsync(client, HttpMethod.Delete, location, new { reason = "Recorded against the wrong child" }, version))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
            Assert.Equal($"\"{version + 1}\"", deleted.Headers.ETag?.ToString());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, HttpMethod.Put, location, scenario.Update, version: 1)).StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"{Api}/{route}?localId={localId}")).GetProperty("total").GetInt32());
        await WaitForProfileAsync(id, scenario.ProfileType, version + 1, "Deleted");
    }

    [Theory]
    [MemberData(nameof(RoutesAndTables))]
    public async Task Every_record_type_can_be_republished_by_an_administrator_only(string route, string table)
    {
        using var client = await SocialCareAsync();
        using var writer = await WriterAsync(route);
        var scenario = await ScenarioAsync(client, route, NewLocalId());
        (await writer.PostAsJsonAsync($"{Api}/{route}", scenario.Create)).EnsureSuccessStatusCode();
        using var ops = platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", ApiResources.SocialCare.AdminScope!));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{Api}/admin/republish/{route}", null)).StatusCode);
        using var response = await ops.PostAsync($"{Api}/admin/republish/{route}", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(await CountAsync(table), body.GetProperty("republished").GetInt64());
    }

    [Fact]
    public async Task Referrals_page_through_a_childs_episodes_and_filter_by_source_and_date()
    {
        using var client = await SocialCareAsync();
        var localId = NewLocalId();
        foreach (var (daysAgo, source) in new[] { (90, "2A"), (60, "6"), (30, "2A") })
        {
            (await client.PostAsJsonAsync($"{Api}/referrals", new { child = Child(localId), referralDate = Day(daysAgo), referralSource = source })).EnsureSuccessStatusCode();
        }

        var first = await client.GetFromJsonAsync<JsonElement>($"{Api}/referrals?localId={localId}&page=1&pageSize=2");
        var second = await client.GetFromJsonAsync<JsonElement>($"{Api}/referrals?localId={localId}&page=2&pageSize=2");
        var schools = await client.GetFromJsonAsync<JsonElement>($"{Api}/referrals?localId={localId}&referralSource=2A");
        var recent = await client.GetFromJsonAsync<JsonElement>($"{Api}/referrals?localId={localId}&from={Day(70)}&to={Day(0)}");

        Assert.Equal((3, 2, 1), (first.GetProperty("total").GetInt32(), first.GetProperty("items").GetArrayLength(), second.GetProperty("items").GetArrayLength()));
        Assert.Equal(2, schools.GetProperty("total").GetInt32());
        Assert.Equal(2, recent.GetProperty("total").GetInt32());
        await AssertRejectedAsync(await client.GetAsync($"{Api}/referrals?from={Day(1)}&to={Day(5)}"), "to");
        await AssertRejectedAsync(await client.GetAsync($"{Api}/referrals?pageSize=1000"), "pageSize");
    }

    [Fact]
    public async Task A_record_in_a_cin_episode_takes_its_child_from_the_referral_and_must_follow_it()
    {
        using var client = await SocialCareAsync();
        var localId = NewLocalId();
        var referralId = await CreateReferralAsync(client, localId, daysAgo: 60);

        await AssertRejectedAsync(await client.PostAsJsonAsync($"{Api}/assessments", new { referralId = Guid.NewGuid(), startDate = Day(10) }), "referralId");
        await AssertRejectedAsync(await client.PostAsJsonAsync($"{Api}/assessments", new { referralId, startDate = Day(61) }), "startDate");
        using var created = await client.PostAsJsonAsync($"{Api}/assessments", new { referralId, startDate = Day(50), factors = new[] { "3B", "4B" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var assessment = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(localId, assessment.GetProperty("child").GetProperty("localId").GetString());
        Assert.Equal("Casey", assessment.GetProperty("child").GetProperty("givenName").GetString());
        var byFactor = await client.GetFromJsonAsync<JsonElement>($"{Api}/assessments?referralId={referralId}&factor=4B");
        Assert.Equal(1, byFactor.GetProperty("total").GetInt32());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"{Api}/assessments?referralId={referralId}&factor=1A")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_case_notes_text_is_returned_to_social_care_but_never_copied_into_the_profile()
    {
        using var client = await SocialCareAsync();
        const string text = "Home visit: disclosed details that must stay in social care (marker 7f3a).";
        var notes = await CountAsync("case_notes");
        using (var tooLong = await client.PostAsJsonAsync($"{Api}/case-notes", new { child = Child(NewLocalId()), noteDate = Day(0), author = "Sam Worker", text = text + new string('x', 10_000) }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
            Assert.DoesNotContain("7f3a", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(notes, await CountAsync("case_notes"));
        using var created = await client.PostAsJsonAsync($"{Api}/case-notes", new { child = Child(NewLocalId()), noteDate = Day(0), author = "Sam Worker", text });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var summary = await WaitForProfileAsync(id, "case-note", 1, "Open");

        Assert.Equal("Case note by socialcare-service", summary);
        var read = await client.GetFromJsonAsync<JsonElement>($"{Api}/case-notes/{id}");
        Assert.Equal(text, read.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Allocations_reach_the_profile_with_the_worker_and_team_for_access_decisions()
    {
        using var client = await WriterAsync("case-allocations");
        var localId = NewLocalId();
        using var created = await client.PostAsJsonAsync($"{Api}/case-allocations", new { child = Child(localId), workerId = "sw.jones", team = "north-cin", fromDate = Day(3) });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var summary = await WaitForProfileAsync(id, "case-allocation", 1, "Open");

        Assert.Contains("Sam Jones (sw.jones)", summary, StringComparison.Ordinal);
        Assert.Contains("north-cin", summary, StringComparison.Ordinal);
        var byWorker = await client.GetFromJsonAsync<JsonElement>($"{Api}/case-allocations?workerId=sw.jones&localId={localId}");
        Assert.Equal(1, byWorker.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_read_only_caller_cannot_write_and_nothing_is_written()
    {
        using var reader = platform.GatewayClient(await platform.ServiceTokenAsync("socialcare-service", ApiResources.SocialCare.ReadScope));
        var localId = NewLocalId();

        using var response = await reader.PostAsJsonAsync($"{Api}/case-notes", new { child = Child(localId), noteDate = Day(0), author = "Sam", text = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, (await reader.GetFromJsonAsync<JsonElement>($"{Api}/case-notes?localId={localId}")).GetProperty("total").GetInt32());
    }

    private sealed record Scenario(
        string ProfileType,
        object Create,
        object BadCreate,
        string BadCreateField,
        object Update,
        object BadUpdate,
        string BadUpdateField,
        object? Close = null,
        object? BadClose = null,
        string? BadCloseField = null);

    /// <summary>A valid and an invalid body for each endpoint of a record type; CIN episode records first get a referral 60 days ago.</summary>
    private async Task<Scenario> ScenarioAsync(HttpClient client, string route, string localId)
    {
        var child = Child(localId);
        var referralId = route is "assessments" or "section47-enquiries" or "child-protection-plans" or "child-in-need-plans"
            ? await CreateReferralAsync(client, localId, daysAgo: 60)
            : Guid.Empty;
        return route switch
        {
            "referrals" => new Scenario(
                "referral",
                new { child, referralDate = Day(60), referralSource = "2A", primaryNeed = "N1" },
                new { child, referralDate = Day(60), referralSource = "ZZ" }, "referralSource",
                new { child, referralDate = Day(60), referralSource = "2A", primaryNeed = "N2", referralNfa = true },
                new { child, referralDate = Day(-5), referralSource = "2A" }, "referralDate",
                new { closureDate = Day(10), reasonForClosure = "RC8" },
                new { closureDate = Day(61), reasonForClosure = "RC8" }, "closureDate"),
            "assessments" => new Scenario(
                "assessment",
                new { referralId, startDate = Day(55), factors = new[] { "3B" } },
                new { referralId, startDate = Day(55), factors = new[] { "21", "3B" } }, "factors",
                new { startDate = Day(54), factors = new[] { "3B", "4B" } },
                new { startDate = Day(54), factors = new[] { "7B" } }, "factors[0]",
                new { authorisationDate = Day(40) },
                new { authorisationDate = Day(56), factors = new[] { "3B" } }, "authorisationDate"),
            "section47-enquiries" => new Scenario(
                "section47-enquiry",
                new { referralId, startDate = Day(50) },
                new { referralId, startDate = Day(61) }, "startDate",
                new { startDate = Day(49) },
                new { startDate = Day(49), initialCpcDate = Day(45) }, "initialCpcDate",
                new { outcome = "ICPC", initialCpcDate = Day(40) },
                new { outcome = "MAYBE" }, "outcome"),
            "child-protection-plans" => new Scenario(
                "child-protection-plan",
                new { referralId, startDate = Day(39), initialCategoryOfAbuse = "NEG", numberOfPreviousPlans = 0 },
                new { referralId, startDate = Day(39), initialCategoryOfAbuse = "NEGLECT", numberOfPreviousPlans = 0 }, "initialCategoryOfAbuse",
                new { startDate = Day(39), initialCategoryOfAbuse = "NEG", latestCategoryOfAbuse = "MUL", numberOfPreviousPlans = 1 },
                new { startDate = Day(39), initialCategoryOfAbuse = "NEG", numberOfPreviousPlans = -1 }, "numberOfPreviousPlans",
                new { endDate = Day(5) },
                new { endDate = Day(40) }, "endDate"),
            "child-in-need-plans" => new Scenario(
                "child-in-need-plan",
                new { referralId, startDate = Day(30) },
                new { referralId = Guid.NewGuid(), startDate = Day(30) }, "referralId",
                new { startDate = Day(29) },
                new { startDate = Day(-1) }, "startDate",
                new { endDate = Day(2) },
                new { endDate = Day(30) }, "endDate"),
            "looked-after-episodes" => new Scenario(
                "looked-after-episode",
                new { child, startDate = Day(100), reasonForNewEpisode = "S", legalStatus = "C2", placementType = "U1", placementProvider = "PR1" },
                new { child, startDate = Day(100), reasonForNewEpisode = "S", legalStatus = "C9", placementType = "U1", placementProvider = "PR1" }, "legalStatus",
                new { child, startDate = Day(100), reasonForNewEpisode = "S", legalStatus = "C2", placementType = "U4", placementProvider = "PR4" },
                new { child, startDate = Day(100), reasonForNewEpisode = "S", legalStatus = "C2", placementType = "U4", placementProvider = "PR9" }, "placementProvider",
                new { endDate = Day(1), reasonEnded = "E11" },
                new { endDate = Day(1), reasonEnded = "E99" }, "reasonEnded"),
            "case-notes" => new Scenario(
                "case-note",
                new { child, noteDate = Day(1), author = "Sam Worker", text = "Visited at home; child seen alone." },
                new { child, noteDate = Day(1), author = "Sam Worker", text = new string('x', 10_001) }, "text",
                new { child, noteDate = Day(1), author = "Sam Worker", text = "Visited at home; child seen alone and spoken to." },
                new { child, noteDate = Day(1), author = "Sam Worker", text = "" }, "text"),
            "case-allocations" => new Scenario(
                "case-allocation",
                new { child, workerId = "sw.jones", team = "north-cin", fromDate = Day(20) },
                new { child, team = "north-cin", fromDate = Day(20) }, "workerId",
                new { child, workerId = "tm.patel", team = "north-cin", fromDate = Day(20) },
                new { child, workerId = "tm.patel", team = "north-cin", fromDate = Day(-3) }, "fromDate",
                new { toDate = Day(0) },
                new { toDate = Day(21) }, "toDate"),
            "family-members" => new Scenario(
                "care-family-member",
                new { child, relationship = "mother", givenName = "Jo", familyName = "Hart", dateOfBirth = "1988-05-05", parentalResponsibility = true, address = TestAddresses.New() },
                new { child, relationship = "aunty", givenName = "Jo", familyName = "Hart" }, "relationship",
                new { child, relationship = "mother", givenName = "Joanne", familyName = "Hart", dateOfBirth = "1988-05-05", parentalResponsibility = true },
                new { child, relationship = "mother", givenName = "Joanne", familyName = "Hart", dateOfBirth = "2015-01-01" }, "dateOfBirth"),
            _ => throw new ArgumentOutOfRangeException(nameof(route), route, null),
        };
    }

    /// <summary>
    /// A social care client, once every profile consumer's queue exists: the platform's start-up wait only
    /// counts the first few queues, and an event published before its queue is bound would be dropped.
    /// </summary>
    private async Task<HttpClient> SocialCareAsync()
    {
        var consumers = typeof(ChildProfileMarker).Assembly.GetTypes()
            .Count(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Name.EndsWith("Consumer", StringComparison.Ordinal));
        await Poll.UntilAsync(
            async () => (await platform.Rabbit.QueuesAsync(platform.Infrastructure.VirtualHost))
                .Count(q => q.Name.StartsWith("profile-", StringComparison.Ordinal) && !q.Name.EndsWith("_error", StringComparison.Ordinal)) >= consumers,
            TimeSpan.FromSeconds(60),
            $"all {consumers} profile consumer queues");
        return platform.GatewayClient(await platform.ServiceTokenAsync("socialcare-service", [.. ApiResources.SocialCare.Scopes]));
    }

    /// <summary>A client that may write <paramref name="route"/>: a machine client allocates cases only with the admin scope.</summary>
    private async Task<HttpClient> WriterAsync(string route) => route == "case-allocations"
        ? platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", [.. ApiResources.SocialCare.AllScopes]))
        : await SocialCareAsync();

    private static string NewLocalId() => $"SC{Guid.NewGuid():N}"[..20];

    private static string Day(int daysAgo) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Child(string localId) => new
    {
        localId,
        givenName = "Casey",
        familyName = "Domain",
        dateOfBirth = "2012-03-04",
        sex = "F",
        address = TestAddresses.New(),
    };

    private static async Task<Guid> CreateReferralAsync(HttpClient client, string localId, int daysAgo)
    {
        using var created = await client.PostAsJsonAsync($"{Api}/referrals", new { child = Child(localId), referralDate = Day(daysAgo), referralSource = "3A" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<long> CountAsync(string table)
    {
        await using var db = await platform.OpenDatabaseAsync("socialcare");
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", db);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object body, long? version)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (version is { } v)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\"", isWeak: false));
        }

        return await client.SendAsync(request);
    }

    private static async Task AssertRejectedAsync(HttpResponseMessage response, string field)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400 naming {field}, got {(int)response.StatusCode}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(body);
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {body}");
        }
    }

    /// <summary>Waits until the profile holds the record at this version, requires its type and state, and returns its summary.</summary>
    private async Task<string> WaitForProfileAsync(Guid recordId, string recordType, long version, string state)
    {
        var held = await new ProfileRecords(platform).AtLeastAsync(SourceSystems.SocialCare, recordId, version);
        Assert.Equal((recordType, version, state), (held.RecordType, held.Version, held.State));
        return held.Summary;
    }
}
