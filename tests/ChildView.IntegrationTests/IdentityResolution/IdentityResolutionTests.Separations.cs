using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.IntegrationTests.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.IdentityResolution;

/// <summary>
/// "These are different children" said of two children no review paired: kept as a decision like any
/// other, so an identifier or a match that ties them later is not linked and not asked about again.
/// </summary>
public sealed partial class IdentityResolutionTests
{
    private static Task<HttpResponseMessage> SeparateAsync(HttpClient steward, Guid? childId, Guid? otherChildId, string? reason) =>
        steward.PostAsJsonAsync("/api/profile/identity/separations", new { childId, otherChildId, reason });

    private static async Task<Guid> ChildOfRecordAsync(Npgsql.NpgsqlConnection owner, Guid recordId)
    {
        await using var select = new Npgsql.NpgsqlCommand("SELECT child_id FROM service_records WHERE record_id = @id", owner);
        select.Parameters.AddWithValue("id", recordId);
        return (Guid)(await select.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Children_a_steward_keeps_apart_without_a_review_are_not_tied_or_queued_again_by_an_identifier()
    {
        var bus = new Delivery.BusProbe(platform);
        var pupils = await UnalikePupilsAsync(bus);
        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        var (holder, later) = (await ChildOfRecordAsync(owner, pupils.Holder), await ChildOfRecordAsync(owner, pupils.Later));
        using var steward = await StewardAsync();

        using var kept = await SeparateAsync(steward, later, holder, "Zed and Ada are two pupils: the school keys UPNs by hand.");

        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        var decision = await kept.Content.ReadFromJsonAsync<JsonElement>(Json);
        var decisionId = decision.GetProperty("id").GetGuid();
        Assert.Equal("not-same-person", decision.GetProperty("kind").GetString());
        Assert.Equal("dpo.evans", decision.GetProperty("decidedBy").GetString());
        Assert.Equal(pupils.LaterLocalId, Assert.Single(decision.GetProperty("keys").EnumerateArray()).GetProperty("localId").GetString());
        Assert.Contains(decision.GetProperty("otherKeys").EnumerateArray(), k => k.GetProperty("localId").GetString() == pupils.Holder.ToString("N"));

        await TieByUpnAsync(bus, pupils);

        Assert.Equal(later, await ChildOfRecordAsync(owner, pupils.Later));
        Assert.Equal(0, await ReviewsAsync(owner, later, holder, "open"));
        Assert.Equal(1, await ProfileDatabase.CountAsync(owner, null,
            "SELECT count(*) FROM identity_reviews WHERE child_id = @l AND candidate_child_id = @h AND status = 'kept-apart' AND reason LIKE '%' || @d || '%'",
            ("l", later), ("h", holder), ("d", decisionId.ToString())));
        Assert.Equal(1, await ProfileDatabase.CountAsync(owner, null,
            "SELECT count(*) FROM audit_events WHERE user_name = 'dpo.evans' AND action = 'identity-decision' AND child_id = @l AND outcome LIKE '%' || @d || '%'",
            ("l", later), ("d", decisionId.ToString())));
        var exported = await steward.GetFromJsonAsync<JsonElement>("/api/profile/identity/decisions");
        Assert.Contains(exported.EnumerateArray(), d => d.GetProperty("id").GetGuid() == decisionId && d.GetProperty("signature").GetString()!.Length == 64);
    }

    [Fact]
    public async Task Keeping_children_apart_answers_the_review_still_open_about_them()
    {
        using var steward = await StewardAsync();
        var review = await QueuedPossibleMatchAsync(steward, TestIdentifiers.NewFamilyName());
        var (child, candidate) = (review.GetProperty("childId").GetGuid(), review.GetProperty("candidateChildId").GetGuid());

        using var kept = await SeparateAsync(steward, candidate, child, "Two Amelias: the Penzance one has a different mother.");

        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        var decided = await steward.GetFromJsonAsync<JsonElement>($"/api/profile/identity/reviews/{review.GetProperty("id").GetGuid()}");
        Assert.Equal("kept-apart", decided.GetProperty("status").GetString());
        Assert.Equal("dpo.evans", decided.GetProperty("decidedBy").GetString());
    }

    [Fact]
    public async Task Keeping_apart_one_child_the_same_child_twice_an_unknown_child_or_without_a_reason_is_refused()
    {
        using var steward = await StewardAsync();
        var (first, second) = (TestIdentifiers.NewFamilyName(), TestIdentifiers.NewFamilyName());
        await ReferAsync(Person("Amelia", first, "2010-01-01", "F"));
        await ReferAsync(Person("Noah", second, "2012-02-02", "M"));
        var (survivor, merged) = (Assert.Single(await ChildrenNamedAsync(first, 1)), Assert.Single(await ChildrenNamedAsync(second, 1)));
        using var merge = await steward.PostAsJsonAsync("/api/profile/identity/merges", new { survivorChildId = survivor, mergedChildId = merged, reason = "One child, renamed." });
        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        var mergeId = (await merge.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();

        using var oneChild = await SeparateAsync(steward, survivor, merged, "They were never one child.");
        using var sameTwice = await SeparateAsync(steward, survivor, survivor, "Twice the same child.");
        using var unknown = await SeparateAsync(steward, survivor, Guid.NewGuid(), "No such child.");
        using var noReason = await SeparateAsync(steward, survivor, Guid.NewGuid(), " ");

        Assert.Equal(HttpStatusCode.Conflict, oneChild.StatusCode);
        Assert.Contains($"/identity/merges/{mergeId}/unmerge", (await oneChild.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("detail").GetString());
        Assert.True((await RefusedAsync(sameTwice)).TryGetProperty("otherChildId", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.True((await RefusedAsync(noReason)).TryGetProperty("reason", out _));
        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        Assert.Equal(0, await ProfileDatabase.CountAsync(owner, null,
            "SELECT count(*) FROM steward_decisions WHERE kind = 'not-same-person' AND reason IN ('They were never one child.', 'Twice the same child.', 'No such child.')"));
    }
}
