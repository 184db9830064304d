using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.Testing;
using Npgsql;

namespace ChildView.IntegrationTests.Rebuild;

/// <summary>
/// A data steward's work on the county before the rebuild (a merge kept, a merge undone, two children
/// kept apart without a review, and the first possible match decided "different children" if the county
/// queued one), exported signed before the profile is emptied and replayed into it before the services
/// republish.
/// </summary>
internal sealed class StewardDecisionsAcrossRebuild(PlatformHost platform)
{
    private async Task<HttpClient> StewardAsync() =>
        platform.GatewayClient(await platform.Tokens.UserTokenAsync("dpo.evans", DemoUsers.Password, [.. ApiResources.Profile.Scopes]));

    public async Task DecideAsync()
    {
        var (kept, undone, apart) = await UnreviewedChildrenAsync();
        using var steward = await StewardAsync();
        await MergeAsync(steward, kept[0], kept[1]);
        var merge = await MergeAsync(steward, undone[0], undone[1]);
        using var unmerged = await steward.PostAsJsonAsync($"/api/profile/identity/merges/{merge}/unmerge", new { reason = "Rebuild test: a merge undone." });
        Assert.Equal(HttpStatusCode.OK, unmerged.StatusCode);
        using var separated = await steward.PostAsJsonAsync("/api/profile/identity/separations",
            new { childId = apart[0], otherChildId = apart[1], reason = "Rebuild test: two children no review paired." });
        Assert.Equal(HttpStatusCode.Created, separated.StatusCode);

        var open = await steward.GetFromJsonAsync<JsonElement>("/api/profile/identity/reviews?status=open");
        if (open.GetProperty("items").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } review)
        {
            using var decided = await steward.PostAsJsonAsync($"/api/profile/identity/reviews/{review.GetProperty("id").GetGuid()}/decision",
                new { decision = "different-children", reason = "Rebuild test: two children." });
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }
    }

    public async Task<JsonElement> ExportAsync()
    {
        using var steward = await StewardAsync();
        var decisions = await steward.GetFromJsonAsync<JsonElement>("/api/profile/identity/decisions");
        Assert.True(decisions.GetArrayLength() >= 3, $"only {decisions.GetArrayLength()} steward decisions");
        return decisions;
    }

    public async Task ReplayAsync(JsonElement decisions)
    {
        using var steward = await StewardAsync();
        using var replayed = await steward.PostAsJsonAsync("/api/profile/identity/decisions/replay", new { decisions });
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        var counts = await replayed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(decisions.GetArrayLength(), counts.GetProperty("replayed").GetInt32());

        // Each keeps who took it; the replay is recorded as the replaying steward's.
        var kept = await steward.GetFromJsonAsync<JsonElement>("/api/profile/identity/decisions");
        Assert.Equal(decisions.EnumerateArray().Select(d => d.GetProperty("decidedBy").GetString()), kept.EnumerateArray().Select(d => d.GetProperty("decidedBy").GetString()));
        Assert.All(kept.EnumerateArray(), d => Assert.Equal("dpo.evans", d.GetProperty("replayedBy").GetString()));
    }

    private static async Task<Guid> MergeAsync(HttpClient steward, Guid survivor, Guid merged)
    {
        using var response = await steward.PostAsJsonAsync("/api/profile/identity/merges",
            new { survivorChildId = survivor, mergedChildId = merged, reason = "Rebuild test: one child." });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Three pairs of children no review names, so the steward's decisions are the only ones about them.</summary>
    private async Task<(Guid[] Kept, Guid[] Undone, Guid[] Apart)> UnreviewedChildrenAsync()
    {
        await using var owner = await platform.OpenDatabaseAsync("profile");
        await using var select = new NpgsqlCommand(
            """
            SELECT c.id FROM children c
            WHERE c.merged_into_id IS NULL AND EXISTS (SELECT 1 FROM source_links l WHERE l.child_id = c.id)
              AND NOT EXISTS (SELECT 1 FROM identity_reviews r WHERE c.id IN (r.child_id, r.candidate_child_id))
            ORDER BY c.id LIMIT 6
            """,
            owner);
        var ids = new List<Guid>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        Assert.Equal(6, ids.Count);
        return (ids[..2].ToArray(), ids[2..4].ToArray(), ids[4..].ToArray());
    }
}
