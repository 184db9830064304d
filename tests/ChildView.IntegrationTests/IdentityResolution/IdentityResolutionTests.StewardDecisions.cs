using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Stewardship;
using ChildView.IntegrationTests.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildView.IntegrationTests.IdentityResolution;

/// <summary>
/// Identifiers that are not trusted blindly, and steward decisions that last: a "different children"
/// decision or a merge is a fact the linker honours for records it has not seen yet (a later event,
/// a re-ingestion, or a rebuild that replays the decisions).
/// </summary>
public sealed partial class IdentityResolutionTests
{
    private static object Person(string given, string family, string dateOfBirth, string sex, string? nhsNumber = null, string? localId = null) => new
    {
        localId = localId ?? Guid.NewGuid().ToString("N"),
        givenName = given,
        familyName = family,
        dateOfBirth,
        sex,
        nhsNumber,
        address = new { line1 = "14 Quarry Bank", town = "Matlock", postcode = "DE4 5JT" },
    };

    private async Task<List<(string Source, Guid Child, string LinkMethod)>> LinksOfAsync(string familyName, int expected)
    {
        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        return await Poll.UntilAsync(
            async () =>
            {
                await using var select = new Npgsql.NpgsqlCommand(
                    "SELECT l.source_system, l.child_id, l.link_method FROM source_links l JOIN service_records r ON r.source_system = l.source_system AND r.source_local_id = l.local_id WHERE l.family_name = @f ORDER BY l.source_system",
                    owner);
                select.Parameters.AddWithValue("f", familyName);
                var links = new List<(string, Guid, string)>();
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    links.Add((reader.GetString(0), reader.GetGuid(1), reader.GetString(2)));
                }

                return links.Count == expected ? links : null;
            },
            ProfileReader.Deadline,
            $"{expected} linked records of {familyName}");
    }

    private static async Task<long> ReviewsAsync(Npgsql.NpgsqlConnection owner, Guid child, Guid other, string status) =>
        await ProfileDatabase.CountAsync(owner, null,
            "SELECT count(*) FROM identity_reviews WHERE status = @s AND ((child_id = @a AND candidate_child_id = @b) OR (child_id = @b AND candidate_child_id = @a))",
            ("s", status), ("a", child), ("b", other));

    [Fact]
    public async Task A_girls_offence_carrying_a_boys_nhs_number_is_not_linked_to_him_but_queued_for_a_steward()
    {
        // The demo platform's breach: a youth-offending record of a girl born in 2012 keyed with the NHS
        // number of a boy born in 2022 (same surname and house, so the model sees a household too).
        var family = TestIdentifiers.NewFamilyName();
        var nhs = TestIdentifiers.NewNhsNumber();
        await ReferAsync(Person("Leo", family, "2022-03-14", "M", nhs));
        await LinksOfAsync(family, 1);

        await OffenceAsync(Person("Maya", family, "2012-07-02", "F", nhs));

        var links = await LinksOfAsync(family, 2);
        var boy = links.Single(l => l.Source == "socialcare").Child;
        var girl = links.Single(l => l.Source == "youthoffending").Child;
        Assert.NotEqual(boy, girl);
        Assert.Equal("new-child", links.Single(l => l.Source == "youthoffending").LinkMethod);
        Assert.Equal(["socialcare"], (await (await PractitionerAsync()).GetAsync(boy))!.ServicesInvolved);

        using var steward = await StewardAsync();
        var review = await OpenReviewAboutAsync(steward, [boy, girl]);
        var comparisons = review.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("comparison").GetString()).ToList();
        Assert.Equal(["strong_id", "dob", "sex"], comparisons);
        Assert.Contains("contradict", review.GetProperty("evidence")[0].GetProperty("level").GetString());
    }

    [Fact]
    public async Task Records_decided_different_children_are_never_linked_or_queued_again_when_they_arrive_again()
    {
        var family = TestIdentifiers.NewFamilyName();
        var (referral, offence) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        // The same name, birthday and house: the model alone would link these two records.
        object Amelia(string localId) => Person("Amelia", family, birthday, "F", localId: localId);
        using var steward = await StewardAsync();
        await ReplayAsync(steward, "not-same-person", ("socialcare", referral), ("youthoffending", offence));

        await ReferAsync(Amelia(referral));
        await LinksOfAsync(family, 1);
        await OffenceAsync(Amelia(offence));

        var links = await LinksOfAsync(family, 2);
        Assert.NotEqual(links[0].Child, links[1].Child);
        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        Assert.Equal(0, await ReviewsAsync(owner, links[0].Child, links[1].Child, "open"));
        Assert.Equal(1, await ReviewsAsync(owner, links[0].Child, links[1].Child, "kept-apart"));
    }

    [Fact]
    public async Task A_merge_replayed_before_its_records_arrive_joins_them_though_nothing_about_them_agrees()
    {
        var family = TestIdentifiers.NewFamilyName();
        var (referral, offence) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        using var steward = await StewardAsync();
        await ReplayAsync(steward, "merge", ("socialcare", referral), ("youthoffending", offence));

        await ReferAsync(Person("Amelia", family, birthday, "F", localId: referral));
        await LinksOfAsync(family, 1);
        await OffenceAsync(Person("Millie", family + "s", "2009-01-01", "F", localId: offence));

        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        const string Joined =
            "SELECT count(*) FROM source_links o JOIN source_links r ON r.child_id = o.child_id WHERE o.local_id = @o AND r.local_id = @r AND o.link_method = 'steward-decision'";
        await RecordsSettledAsync(family + "s", 1);
        Assert.Equal(1, await ProfileDatabase.CountAsync(owner, null, Joined, ("o", offence), ("r", referral)));
    }

    [Fact]
    public async Task A_steward_decision_is_kept_with_who_took_it_and_why_and_can_be_exported()
    {
        using var steward = await StewardAsync();
        var review = await QueuedPossibleMatchAsync(steward, TestIdentifiers.NewFamilyName());

        using var decided = await steward.PostAsJsonAsync($"/api/profile/identity/reviews/{review.GetProperty("id").GetGuid()}/decision",
            new { decision = "different-children", reason = "Two Amelias: the Penzance one has a different mother." });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var exported = await steward.GetFromJsonAsync<JsonElement>("/api/profile/identity/decisions");
        var decision = exported.EnumerateArray().Single(d => d.GetProperty("reviewId").GetGuid() == review.GetProperty("id").GetGuid());
        Assert.Equal("not-same-person", decision.GetProperty("kind").GetString());
        Assert.Equal("dpo.evans", decision.GetProperty("decidedBy").GetString());
        Assert.Equal(review.GetProperty("localId").GetString(), Assert.Single(decision.GetProperty("keys").EnumerateArray()).GetProperty("localId").GetString());
        Assert.Single(decision.GetProperty("otherKeys").EnumerateArray());

        // Replaying what is already held changes nothing, so an export can be replayed twice.
        using var again = await steward.PostAsJsonAsync("/api/profile/identity/decisions/replay", new { decisions = exported });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("replayed").GetInt32());
    }

    [Theory]
    [InlineData("reason", "Decided before\\u0000 the rebuild.")]
    [InlineData("decidedBy", "dpo.evans\\u0000")]
    public async Task A_replayed_decision_with_a_nul_character_is_refused_naming_it_and_nothing_is_kept(string field, string jsonText)
    {
        var (key, other) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        var values = new Dictionary<string, string> { ["reason"] = "Decided before the rebuild.", ["decidedBy"] = "dpo.evans" };
        values[field] = jsonText;
        var body = $$"""
            {"decisions": [{"id": "{{Guid.CreateVersion7()}}", "kind": "merge",
              "keys": [{"sourceSystem": "socialcare", "localId": "{{key}}"}], "otherKeys": [{"sourceSystem": "youthoffending", "localId": "{{other}}"}],
              "decidedBy": "{{values["decidedBy"]}}", "reason": "{{values["reason"]}}", "decidedAt": "2026-11-30T10:00:00Z"}]}
            """;
        using var steward = await StewardAsync();

        using var refused = await steward.PostAsync("/api/profile/identity/decisions/replay", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains(field, await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        Assert.Equal(0, await ProfileDatabase.CountAsync(owner, null, "SELECT count(*) FROM steward_decisions WHERE keys::text LIKE '%' || @k || '%'", ("k", key)));
    }

    [Fact]
    public async Task A_replayed_decision_taken_in_another_time_zone_is_kept_at_the_same_instant()
    {
        var summer = Taken("not-same-person", ("socialcare", Guid.NewGuid().ToString("N")), ("youthoffending", Guid.NewGuid().ToString("N")),
            decidedAt: new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.FromHours(1)));
        using var steward = await StewardAsync();

        using var replayed = await steward.PostAsJsonAsync("/api/profile/identity/decisions/replay", new { decisions = Exported(summer) });

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        var exported = await steward.GetFromJsonAsync<JsonElement>("/api/profile/identity/decisions");
        var decision = exported.EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == summer.Id);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero), decision.GetProperty("decidedAt").GetDateTimeOffset());
    }

    /// <summary>A decision as a steward took it in the profile before a rebuild.</summary>
    private static StewardDecisionResponse Taken(
        string kind, (string System, string Local) key, (string System, string Local) other, string decidedBy = "dpo.evans", DateTimeOffset? decidedAt = null) =>
        new(Guid.CreateVersion7(), 1, kind, [new SourceKey(key.System, key.Local)], [new SourceKey(other.System, other.Local)], null, null,
            decidedBy, "Decided before the profile was rebuilt.", decidedAt ?? DateTimeOffset.UtcNow);

    /// <summary>Decisions as a profile holding this profile's decision key (the one before a rebuild) exports them: signed, in this order.</summary>
    private IReadOnlyList<StewardDecisionResponse> Exported(params StewardDecisionResponse[] decisions) =>
        platform.Profile.Services.GetRequiredService<DecisionSeal>().Sign(decisions);

    private async Task ReplayAsync(HttpClient steward, string kind, (string System, string Local) key, (string System, string Local) other)
    {
        using var replayed = await steward.PostAsJsonAsync("/api/profile/identity/decisions/replay", new { decisions = Exported(Taken(kind, key, other)) });
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal(1, (await replayed.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("replayed").GetInt32());
    }
}
