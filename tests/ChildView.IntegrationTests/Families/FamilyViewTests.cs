using System.Net;
using System.Net.Http.Json;
using ChildView.ChildProfile.Families;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Families;

/// <summary>The family view and family chronology through the gateway, per role, including denials, and their audit.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FamilyViewTests(PlatformFixture platform)
{
    private readonly FamilyProbe _family = new(platform);
    private readonly ProfileDatabase _db = new(platform);
    private readonly BusProbe _bus = new(platform);

    private sealed record Family(Guid Older, Guid Younger, PostalAddress OldHome, PostalAddress Home, string MotherName, TestChild YoungerChild);

    /// <summary>
    /// Two siblings who moved together: the older enrolled at the old home in 2022 and was referred at the
    /// new one in January 2024; the younger enrolled there in September 2023 and was suspended in November.
    /// Their mother, recorded by social care, lives with them.
    /// </summary>
    private async Task<Family> ArrangeAsync()
    {
        var surname = FamilyProbe.Unique("View");
        var oldHome = FamilyProbe.NewAddress();
        var home = FamilyProbe.NewAddress();
        var older = FamilyProbe.NewChild(surname, new(2011, 4, 1));
        var younger = FamilyProbe.NewChild(surname, new(2015, 9, 9));
        var olderId = await _family.EnrolAsync(older, oldHome, new(2022, 9, 5));
        await _family.ReferAsync(older, home, new(2024, 1, 10));
        var youngerId = await _family.EnrolAsync(younger, home, new(2023, 9, 4));
        await _family.ExcludeAsync(younger, home, new(2023, 11, 5));
        await _family.CarePersonAsync(older, home, "mother", "Rae", surname, new(1986, 6, 6));
        return new Family(olderId, youngerId, oldHome, home, $"Rae {surname}", younger);
    }

    private async Task<HttpClient> AsAsync(string userName) =>
        platform.GatewayClient(await platform.Tokens.UserTokenAsync(userName, DemoUsers.Password, [ApiResources.Profile.ReadScope]));

    [Fact]
    public async Task An_officer_who_may_see_any_family_sees_the_children_the_adults_and_the_households()
    {
        var family = await ArrangeAsync();
        using var mash = await AsAsync("mash.taylor");

        var view = (await mash.GetFromJsonAsync<FamilyResponse>($"/api/profile/profiles/{family.Older}/family"))!;
        var history = (await mash.GetFromJsonAsync<FamilyResponse>($"/api/profile/profiles/{family.Older}/family?includePast=true"))!;

        Assert.Equal([family.Older, family.Younger], view.Children.Select(c => c.Id));
        Assert.Null(view.Children[0].Relationship);
        Assert.Equal("household-member", view.Children[1].Relationship);
        Assert.Equal(["shared-household"], view.Children[1].Basis);
        Assert.NotNull(view.Children[1].GivenName);
        Assert.Equal(["education", "socialcare"], view.Children[0].ServicesInvolved);
        Assert.Empty(view.Children[1].Flags!);
        var mother = Assert.Single(view.Adults!);
        Assert.Equal("mother", Assert.Single(mother.Children).Relationship);
        Assert.True(mother.ParentalResponsibility);

        var current = Assert.Single(view.Households!);
        Assert.Equal(family.Home.Line1, current.AddressLine1);
        Assert.Equal([family.MotherName], current.Adults);
        Assert.Equal([family.Older, family.Younger], current.Children.Select(c => c.ChildId).Order());
        var past = Assert.Single(history.Households!, h => !h.Current);
        Assert.Equal(family.OldHome.Line1, past.AddressLine1);
        Assert.Equal(new HouseholdMemberResponse(family.Older, new DateOnly(2022, 9, 5), new DateOnly(2024, 1, 10)), Assert.Single(past.Children));
        Assert.Empty(view.Restricted);
    }

    [Fact]
    public async Task Each_child_in_the_family_view_carries_its_open_indicators()
    {
        var family = await ArrangeAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await _family.ExcludeAsync(family.YoungerChild, family.Home, today.AddMonths(-5));
        await _family.ExcludeAsync(family.YoungerChild, family.Home, today.AddMonths(-2));
        using var mash = await AsAsync("mash.taylor");

        var view = await Poll.UntilAsync(
            async () => (await mash.GetFromJsonAsync<FamilyResponse>($"/api/profile/profiles/{family.Older}/family")) is { } v
                && v.Children.Single(c => c.Id == family.Younger).Flags!.Contains("repeated-suspensions") ? v : null,
            TimeSpan.FromSeconds(30), "the younger child's suspensions flag in the family view");

        Assert.DoesNotContain("repeated-suspensions", view.Children.Single(c => c.Id == family.Older).Flags!);
    }

    [Fact]
    public async Task A_social_worker_sees_a_family_only_once_their_team_holds_one_of_its_children()
    {
        var family = await ArrangeAsync();
        using var socialWorker = await AsAsync("sw.jones");

        var stranger = (await socialWorker.GetFromJsonAsync<FamilyResponse>($"/api/profile/profiles/{family.Older}/family"))!;
        await _db.AllocateAsync(family.Younger, "tm.patel", "north-cin");
        var team = (await socialWorker.GetFromJsonAsync<FamilyResponse>($"/api/profile/profiles/{family.Older}/family"))!;

        Assert.Equal([family.Older], stranger.Children.Select(c => c.Id));
        Assert.Null(stranger.FamilyId);
        Assert.Null(stranger.Adults);
        Assert.Null(stranger.Households);
        Assert.Equal(["family.members", "family.adults", "family.households"], stranger.Restricted);

        Assert.Equal([family.Older, family.Younger], team.Children.Select(c => c.Id));
        Assert.NotNull(team.Adults);
        Assert.Empty(team.Restricted);
    }

    [Fact]
    public async Task A_role_with_no_family_rule_is_refused_and_the_refusal_audited()
    {
        var family = await ArrangeAsync();
        using var dpo = await AsAsync("dpo.evans");

        using var view = await dpo.GetAsync($"/api/profile/profiles/{family.Older}/family");
        using var chronology = await dpo.GetAsync($"/api/profile/profiles/{family.Older}/family/chronology");

        Assert.Equal(HttpStatusCode.Forbidden, view.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, chronology.StatusCode);
        Assert.Equal(2, await _bus.CountAsync(
            "SELECT count(*) FROM audit_events WHERE user_name = 'dpo.evans' AND child_id = @c AND action LIKE 'family-%' AND outcome LIKE 'denied:%'", ("c", family.Older)));
    }

    [Fact]
    public async Task An_unknown_child_has_no_family()
    {
        using var mash = await AsAsync("mash.taylor");

        using var response = await mash.GetAsync($"/api/profile/profiles/{Guid.NewGuid()}/family");
        using var chronology = await mash.GetAsync($"/api/profile/profiles/{Guid.NewGuid()}/family/chronology");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, chronology.StatusCode);
    }

    [Fact]
    public async Task The_family_chronology_merges_every_childs_records_oldest_first_and_names_each_child()
    {
        var family = await ArrangeAsync();
        using var mash = await AsAsync("mash.taylor");

        var timeline = (await mash.GetFromJsonAsync<FamilyChronologyResponse>($"/api/profile/profiles/{family.Younger}/family/chronology"))!;

        var dated = timeline.Entries.Where(e => e.Date is not null).Select(e => (e.ChildId, e.RecordType, e.Date)).ToList();
        Assert.Equal(
            [
                (family.Older, "enrolment", (DateOnly?)new DateOnly(2022, 9, 5)),
                (family.Younger, "enrolment", new DateOnly(2023, 9, 4)),
                (family.Younger, "exclusion", new DateOnly(2023, 11, 5)),
                (family.Older, "referral", new DateOnly(2024, 1, 10)),
            ],
            dated);
        Assert.All(timeline.Entries, e => Assert.NotNull(e.ChildName));
        Assert.Equal(2, await _bus.CountAsync(
            "SELECT count(*) FROM audit_events WHERE user_name = 'mash.taylor' AND action = 'family-chronology' AND child_id = ANY(@c)", ("c", new[] { family.Older, family.Younger })));
    }

    [Fact]
    public async Task Each_childs_part_of_the_family_chronology_is_filtered_by_the_callers_standing_to_that_child()
    {
        var family = await ArrangeAsync();
        await _db.AllocateAsync(family.Older, "tm.patel", "north-cin");
        using var socialWorker = await AsAsync("sw.jones");
        using var welfare = await AsAsync("ewo.smith");

        var throughTeam = (await socialWorker.GetFromJsonAsync<FamilyChronologyResponse>($"/api/profile/profiles/{family.Younger}/family/chronology"))!;
        var education = (await welfare.GetFromJsonAsync<FamilyChronologyResponse>($"/api/profile/profiles/{family.Younger}/family/chronology"))!;

        // The team holds the older child: their records show; the younger's need a relationship to the younger.
        Assert.Contains(throughTeam.Entries, e => e.ChildId == family.Older && e.RecordType == "referral");
        Assert.DoesNotContain(throughTeam.Entries, e => e.ChildId == family.Younger);
        Assert.Contains("education.exclusions", throughTeam.Children.Single(c => c.ChildId == family.Younger).Restricted);

        // Education welfare sees every child's school records and no one's referral.
        Assert.Equal(["enrolment", "enrolment", "exclusion"], education.Entries.Where(e => e.Date is not null).Select(e => e.RecordType));
        Assert.Contains("socialcare.referrals", education.Children.Single(c => c.ChildId == family.Older).Restricted);
    }

    [Fact]
    public async Task The_database_refuses_family_tables_to_a_role_the_policy_gives_no_family_rule()
    {
        var family = await ArrangeAsync();
        foreach (var table in new[] { "child_families", "family_links", "child_relatives", "household_memberships" })
        {
            var (connection, transaction) = await _db.AsRoleAsync("data-protection-officer");
            await using (connection)
            {
                Assert.Equal("42501", (await ProfileDatabase.RefusedAsync(connection, transaction, $"SELECT count(*) FROM {table}")).SqlState);
            }
        }

        var (social, socialTransaction) = await _db.AsRoleAsync("social-worker", "sw.nobody", "nowhere-cin");
        await using (social)
        {
            Assert.Equal(0, await ProfileDatabase.CountAsync(social, socialTransaction, "SELECT count(*) FROM child_relatives WHERE child_id = @c", ("c", family.Older)));
        }

        await _db.AllocateAsync(family.Younger, "sw.other", "nowhere-cin");
        var (allocated, allocatedTransaction) = await _db.AsRoleAsync("social-worker", "sw.nobody", "nowhere-cin");
        await using (allocated)
        {
            Assert.Equal(1, await ProfileDatabase.CountAsync(allocated, allocatedTransaction, "SELECT count(*) FROM child_relatives WHERE child_id = @c", ("c", family.Older)));
        }
    }
}
