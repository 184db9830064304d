using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Security;

namespace ChildView.IntegrationTests.IdentityResolution;

/// <summary>
/// A replay is a way to change who is linked to whom, so it takes only what an export signed: no
/// steward can put a decision in another steward's name, or a merge nobody decided, into the history.
/// </summary>
public sealed partial class IdentityResolutionTests
{
    private static string NewLocalId() => Guid.NewGuid().ToString("N");

    private async Task<long> DecisionsHeldAsync(params Guid[] ids)
    {
        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        return await ProfileDatabase.CountAsync(owner, null, "SELECT count(*) FROM steward_decisions WHERE id = ANY(@ids)", ("ids", ids));
    }

    private static async Task<JsonElement> RefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
    }

    [Theory]
    [InlineData("decidedBy")]
    [InlineData("reason")]
    [InlineData("keys")]
    [InlineData("otherKeys")]
    [InlineData("kind")]
    [InlineData("decidedAt")]
    public async Task A_decision_altered_after_its_export_is_refused_naming_it_and_nothing_is_replayed(string field)
    {
        var first = Taken("not-same-person", ("socialcare", NewLocalId()), ("education", NewLocalId()));
        var second = Taken("not-same-person", ("socialcare", NewLocalId()), ("youthoffending", NewLocalId()));
        var body = new JsonObject { ["decisions"] = JsonSerializer.SerializeToNode(Exported(first, second), Json) };
        var altered = body["decisions"]![1]!;
        switch (field)
        {
            case "decidedBy": altered["decidedBy"] = "tm.patel"; break;
            case "reason": altered["reason"] = "The team manager asked for these two to be joined."; break;
            case "keys": altered["keys"]![0]!["localId"] = NewLocalId(); break;
            case "otherKeys": altered["otherKeys"]![0]!["sourceSystem"] = "earlyyears"; break;
            case "kind": altered["kind"] = "merge"; break;
            default: altered["decidedAt"] = DateTimeOffset.UtcNow.AddYears(-1); break;
        }

        using var steward = await StewardAsync();
        using var refused = await steward.PostAsync("/api/profile/identity/decisions/replay",
            new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        var errors = await RefusedAsync(refused);
        Assert.Equal(["decisions[1].signature"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await DecisionsHeldAsync(first.Id, second.Id));
    }

    [Fact]
    public async Task An_unsigned_decision_is_refused_naming_its_signature_and_nothing_is_replayed()
    {
        var signed = Exported(Taken("not-same-person", ("socialcare", NewLocalId()), ("education", NewLocalId())))[0];
        var forged = Taken("merge", ("socialcare", NewLocalId()), ("youthoffending", NewLocalId()), decidedBy: "tm.patel");
        using var steward = await StewardAsync();

        using var refused = await steward.PostAsJsonAsync("/api/profile/identity/decisions/replay", new { decisions = new[] { signed, forged } });

        var errors = await RefusedAsync(refused);
        Assert.True(errors.TryGetProperty("decisions[1].signature", out _), errors.ToString());
        Assert.Equal(0, await DecisionsHeldAsync(signed.Id, forged.Id));
    }

    [Fact]
    public async Task Decisions_replayed_out_of_their_order_or_short_of_the_whole_export_are_refused()
    {
        // Replayed after the unmerge, the merge would win: the two children would be joined again.
        var (key, other) = (("socialcare", NewLocalId()), ("youthoffending", NewLocalId()));
        var export = Exported(Taken("merge", key, other), Taken("unmerge", key, other));
        using var steward = await StewardAsync();

        using var reordered = await steward.PostAsJsonAsync("/api/profile/identity/decisions/replay", new { decisions = new[] { export[1], export[0] } });
        using var mergeOnly = await steward.PostAsJsonAsync("/api/profile/identity/decisions/replay", new { decisions = new[] { export[0] } });

        Assert.Equal(["decisions[0].signature", "decisions[1].signature"], (await RefusedAsync(reordered)).EnumerateObject().Select(e => e.Name));
        Assert.Equal(["decisions[0].signature"], (await RefusedAsync(mergeOnly)).EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await DecisionsHeldAsync(export[0].Id, export[1].Id));
    }

    [Fact]
    public async Task A_replayed_decision_keeps_who_took_it_and_records_who_replayed_it_and_when()
    {
        var decision = Taken("not-same-person", ("socialcare", NewLocalId()), ("education", NewLocalId()), decidedBy: "steward.before.rebuild");
        using var steward = await StewardAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        using var replayed = await steward.PostAsJsonAsync("/api/profile/identity/decisions/replay", new { decisions = Exported(decision) });

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        var exported = await steward.GetFromJsonAsync<JsonElement>("/api/profile/identity/decisions");
        var kept = exported.EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == decision.Id);
        Assert.Equal("steward.before.rebuild", kept.GetProperty("decidedBy").GetString());
        Assert.Equal("dpo.evans", kept.GetProperty("replayedBy").GetString());
        Assert.InRange(kept.GetProperty("replayedAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Matches("^[0-9a-f]{64}$", kept.GetProperty("signature").GetString());
    }

    [Theory]
    [InlineData("/api/profile/identity/decisions/replay")]
    [InlineData("/api/profile/identity/separations")]
    public async Task Only_a_steward_may_replay_decisions_or_keep_children_apart_and_a_refusal_is_audited(string route)
    {
        // A role that may write to the profile (to break the glass), but is no steward.
        var user = DemoUsers.All.First(u => RoleScopes.ScopesFor(u.Role).Contains(ApiResources.Profile.WriteScope!) && !AccessPolicy.Current.IdentityStewards.Contains(u.Role));
        using var client = platform.GatewayClient(await platform.Tokens.UserTokenAsync(user.UserName, DemoUsers.Password, [.. ApiResources.Profile.Scopes]));
        var decision = Taken("merge", ("socialcare", NewLocalId()), ("youthoffending", NewLocalId()));
        var (childId, otherChildId) = (Guid.NewGuid(), Guid.NewGuid());
        await using var owner = await new ProfileDatabase(platform).OwnerAsync();
        const string Denials = "SELECT count(*) FROM audit_events WHERE user_name = @u AND action = 'identity-decision' AND outcome LIKE 'denied:%'";
        var denied = await ProfileDatabase.CountAsync(owner, null, Denials, ("u", user.UserName));

        using var response = route.EndsWith("/replay", StringComparison.Ordinal)
            ? await client.PostAsJsonAsync(route, new { decisions = Exported(decision) })
            : await client.PostAsJsonAsync(route, new { childId, otherChildId, reason = "Not a steward's call to make." });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(denied + 1, await ProfileDatabase.CountAsync(owner, null, Denials, ("u", user.UserName)));
        Assert.Equal(0, await DecisionsHeldAsync(decision.Id));
    }
}
