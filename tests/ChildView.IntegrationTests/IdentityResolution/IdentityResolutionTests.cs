using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;
using Npgsql;

namespace ChildView.IntegrationTests.IdentityResolution;

/// <summary>
/// The master child index end to end: records without shared identifiers written at two services,
/// matched (or not) by the profile, possible matches in the steward's queue, merge and unmerge.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class IdentityResolutionTests(PlatformFixture platform)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Each test's children get a birthday and house of their own, so other tests' children are never candidates.
    private readonly string birthday = new DateOnly(2008, 9, 1).AddDays(Random.Shared.Next(0, 6 * 365)).ToString("yyyy-MM-dd"); // old enough to offend, young enough for youth justice
    private readonly string house = $"{Random.Shared.Next(1, 999)} Mill Lane";
    private readonly string home = $"DE{Random.Shared.Next(1, 99)} {Random.Shared.Next(1, 9)}{(char)('A' + Random.Shared.Next(26))}{(char)('A' + Random.Shared.Next(26))}";

    private object Identity(string given, string family, string? line1 = null, string town = "Matlock", string? postcode = null, string? dateOfBirth = null) => new
    {
        localId = Guid.NewGuid().ToString("N"),
        givenName = given,
        familyName = family,
        dateOfBirth = dateOfBirth ?? birthday,
        sex = "F",
        address = new { line1 = line1 ?? house, town, postcode = postcode ?? home },
    };

    private async Task ReferAsync(object child)
    {
        using var socialCare = platform.GatewayClient(await platform.ServiceTokenAsync("socialcare-service", ApiResources.SocialCare.WriteScope!));
        using var created = await socialCare.PostAsJsonAsync("/api/socialcare/referrals", new { child, referralDate = "2026-10-01", referralSource = "2A", primaryNeed = "N1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private async Task OffenceAsync(object child)
    {
        using var yot = platform.GatewayClient(await platform.ServiceTokenAsync("youthoffending-service", ApiResources.YouthOffending.WriteScope!));
        using var created = await yot.PostAsJsonAsync("/api/youthoffending/offence-outcomes", new
        {
            child, offenceDate = "2026-06-01", offenceType = "Theft", gravityScore = 2, outcome = "youth-caution", outcomeDate = "2026-06-20",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private async Task<ProfileReader> PractitionerAsync() =>
        new(platform.GatewayClient(await platform.Tokens.UserTokenAsync("mash.taylor", DemoUsers.Password, ApiResources.Profile.ReadScope)));

    private async Task<HttpClient> StewardAsync() =>
        platform.GatewayClient(await platform.Tokens.UserTokenAsync("dpo.evans", DemoUsers.Password, [.. ApiResources.Profile.Scopes]));

    private async Task<List<Guid>> ChildrenNamedAsync(string familyName, int expected)
    {
        var reader = await PractitionerAsync();
        return await Poll.UntilAsync(
            async () =>
            {
                var found = await reader.SearchAsync($"familyName={familyName}");
                return found.Items.Count == expected ? found.Items.Select(i => i.Id).ToList() : null;
            },
            ProfileReader.Deadline,
            $"{expected} children named {familyName}");
    }

    /// <summary>Waits for both records to be in the profile, wherever they were linked.</summary>
    private async Task RecordsSettledAsync(string familyName, int records)
    {
        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        await Poll.UntilAsync(
            async () => records == await ProfileDatabase.CountAsync(owner, null,
                "SELECT count(*) FROM service_records r JOIN source_links l ON l.source_system = r.source_system AND l.local_id = r.source_local_id WHERE l.family_name = @f",
                ("f", familyName)),
            ProfileReader.Deadline,
            $"{records} records of {familyName}");
    }

    private async Task<JsonElement> OpenReviewAboutAsync(HttpClient steward, IReadOnlyCollection<Guid> children)
    {
        var review = await Poll.UntilAsync(
            async () =>
            {
                var page = await steward.GetFromJsonAsync<JsonElement>("/api/profile/identity/reviews?pageSize=200");
                return page.GetProperty("items").EnumerateArray()
                    .Where(r => children.Contains(r.GetProperty("childId").GetGuid()) && children.Contains(r.GetProperty("candidateChildId").GetGuid()))
                    .Select(r => (JsonElement?)r).FirstOrDefault();
            },
            ProfileReader.Deadline,
            "the possible match in the review queue");
        return review ?? throw new InvalidOperationException("no review");
    }

    /// <summary>Two records of one name and birthday, but in different towns: a possible match for a person to judge.</summary>
    private async Task<JsonElement> QueuedPossibleMatchAsync(HttpClient steward, string family)
    {
        await ReferAsync(Identity("Amelia", family));
        await RecordsSettledAsync(family, 1);
        await OffenceAsync(Identity("Amelia", family, line1: "3 Harbour Road", town: "Penzance", postcode: "TR18 4AB"));
        return await OpenReviewAboutAsync(steward, await ChildrenNamedAsync(family, 2));
    }

    [Fact]
    public async Task A_child_known_to_two_services_without_any_identifier_is_recognised_as_one()
    {
        var family = TestIdentifiers.NewFamilyName();
        await ReferAsync(Identity("Amelia", family));
        await RecordsSettledAsync(family, 1);

        await OffenceAsync(Identity("Amelai", family));

        var child = Assert.Single(await ChildrenNamedAsync(family, 1));
        var profile = await (await PractitionerAsync()).WaitForAsync($"familyName={family}", p => p.ServicesInvolved?.Count == 2);
        Assert.Equal(["socialcare", "youthoffending"], profile.ServicesInvolved);
        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        Assert.Equal(1, await ProfileDatabase.CountAsync(owner, null,
            "SELECT count(*) FROM source_links WHERE child_id = @c AND source_system = 'youthoffending' AND link_method = 'probabilistic' AND match_weight > 6.63", ("c", child)));
    }

    [Fact]
    public async Task Twins_stay_two_children_and_nobody_is_asked_to_review_them()
    {
        var family = TestIdentifiers.NewFamilyName();
        await ReferAsync(Identity("Amelia", family));
        await RecordsSettledAsync(family, 1);
        await ReferAsync(Identity("Noah", family));

        var twins = await ChildrenNamedAsync(family, 2);
        await RecordsSettledAsync(family, 2);
        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        await using var reviews = new NpgsqlCommand("SELECT evidence::text FROM identity_reviews WHERE child_id = ANY(@ids) OR candidate_child_id = ANY(@ids)", owner);
        reviews.Parameters.AddWithValue("ids", twins.ToArray());
        Assert.Null(await reviews.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_possible_match_is_kept_apart_merged_by_a_steward_and_unmerged_again()
    {
        var family = TestIdentifiers.NewFamilyName();
        using var steward = await StewardAsync();
        var review = await QueuedPossibleMatchAsync(steward, family);
        var location = review.GetProperty("evidence").EnumerateArray().Single(e => e.GetProperty("comparison").GetString() == "location");
        Assert.Contains("Penzance", location.GetProperty("incoming").GetString());
        Assert.Contains("Matlock", location.GetProperty("candidate").GetString());
        Assert.InRange(review.GetProperty("probability").GetDouble(), 0.05, 0.99);

        using var decided = await steward.PostAsJsonAsync($"/api/profile/identity/reviews/{review.GetProperty("id").GetGuid()}/decision",
            new { decision = "same-child", reason = "Same child: school confirmed the family moved to Penzance in the summer." });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var decision = await decided.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("merged", decision.GetProperty("status").GetString());
        var survivor = review.GetProperty("candidateChildId").GetGuid();
        var merged = review.GetProperty("childId").GetGuid();

        var reader = await PractitionerAsync();
        var joined = await reader.GetAsync(survivor);
        Assert.Equal(["socialcare", "youthoffending"], joined!.ServicesInvolved);
        Assert.Null(await reader.GetAsync(merged));
        Assert.Equal([survivor], await ChildrenNamedAsync(family, 1));

        var mergeId = decision.GetProperty("mergeId").GetGuid();
        using var undone = await steward.PostAsJsonAsync($"/api/profile/identity/merges/{mergeId}/unmerge", new { reason = "The school record was a different Amelia." });
        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Equal(["socialcare"], (await reader.GetAsync(survivor))!.ServicesInvolved);
        Assert.Equal(["youthoffending"], (await reader.GetAsync(merged))!.ServicesInvolved);

        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        Assert.Equal(2, await ProfileDatabase.CountAsync(owner, null,
            "SELECT count(*) FROM audit_events WHERE user_name = 'dpo.evans' AND action IN ('identity-decision', 'identity-unmerge') AND child_id = ANY(@ids)",
            ("ids", new[] { survivor, merged })));
    }

    /// <summary>Two pupils with nothing alike, the first holding a UPN: only that identifier could ever tie them.</summary>
    private sealed record UnalikePupils(Guid Holder, Guid Later, string Upn, string LaterLocalId, string LaterFamily)
    {
        public Contracts.IntegrationEvents.PupilRegistered LaterVersion(long version, string? upn)
        {
            var pupil = Delivery.BusProbe.Pupil(Later, version, "Zed", upn: upn, localId: LaterLocalId);
            return pupil with { Child = pupil.Child with { FamilyName = LaterFamily, DateOfBirth = new DateOnly(2011, 1, 1) } };
        }
    }

    private static async Task<UnalikePupils> UnalikePupilsAsync(Delivery.BusProbe bus)
    {
        var pupils = new UnalikePupils(Guid.NewGuid(), Guid.NewGuid(), TestIdentifiers.NewUpn(), Guid.NewGuid().ToString("N"), TestIdentifiers.NewFamilyName());
        await bus.PublishAsync(Delivery.BusProbe.Pupil(pupils.Holder, 1, "Ada", upn: pupils.Upn));
        await bus.PublishAsync(pupils.LaterVersion(1, null));
        await Poll.UntilAsync(async () => await bus.RecordVersionAsync(pupils.Holder) == 1 && await bus.RecordVersionAsync(pupils.Later) == 1, ProfileReader.Deadline, "both pupils");
        return pupils;
    }

    /// <summary>The school now records, for the second pupil, the UPN the first already carries.</summary>
    private static async Task TieByUpnAsync(Delivery.BusProbe bus, UnalikePupils pupils)
    {
        await bus.PublishAsync(pupils.LaterVersion(2, pupils.Upn));
        await Poll.UntilAsync(async () => await bus.RecordVersionAsync(pupils.Later) == 2, ProfileReader.Deadline, "the second pupil's new version");
    }

    [Fact]
    public async Task An_identifier_another_child_already_holds_moves_nothing_and_is_queued_for_a_steward()
    {
        var bus = new Delivery.BusProbe(platform);
        var pupils = await UnalikePupilsAsync(bus);

        await TieByUpnAsync(bus, pupils);

        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        Assert.Equal(2, await ProfileDatabase.CountAsync(owner, null,
            "SELECT count(DISTINCT child_id) FROM service_records WHERE record_id = ANY(@ids)", ("ids", new[] { pupils.Holder, pupils.Later })));
        Assert.Equal(1, await ProfileDatabase.CountAsync(owner, null,
            """
            SELECT count(*) FROM identity_reviews r
            JOIN service_records later ON later.child_id = r.child_id AND later.record_id = @later
            JOIN service_records holder ON holder.child_id = r.candidate_child_id AND holder.record_id = @holder
            WHERE r.status = 'open' AND r.evidence::text LIKE '%already held%'
            """,
            ("later", pupils.Later), ("holder", pupils.Holder)));
    }

    [Fact]
    public async Task A_decision_needs_a_known_verdict_and_a_reason()
    {
        using var steward = await StewardAsync();

        using var response = await steward.PostAsJsonAsync($"/api/profile/identity/reviews/{Guid.NewGuid()}/decision", new { decision = "probably" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("decision", out _));
        Assert.True(errors.TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task Merging_a_child_into_itself_or_an_unknown_child_is_refused_clearly()
    {
        using var steward = await StewardAsync();
        var id = Guid.NewGuid();

        using var self = await steward.PostAsJsonAsync("/api/profile/identity/merges", new { survivorChildId = id, mergedChildId = id, reason = "test" });
        using var unknown = await steward.PostAsJsonAsync("/api/profile/identity/merges", new { survivorChildId = id, mergedChildId = Guid.NewGuid(), reason = "test" });
        using var noMerge = await steward.PostAsJsonAsync($"/api/profile/identity/merges/{Guid.NewGuid()}/unmerge", new { reason = "test" });

        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noMerge.StatusCode);
    }

    [Fact]
    public async Task Job_roles_cannot_read_the_review_queue_even_in_the_database()
    {
        var database = new ProfileDatabase(platform);
        var (connection, transaction) = await database.AsRoleAsync("mash-officer");
        await using (connection)
        {
            var refused = await ProfileDatabase.RefusedAsync(connection, transaction, "SELECT count(*) FROM identity_reviews");
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }
}
