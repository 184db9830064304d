using System.Net;
using System.Net.Http.Json;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// Every job role against every profile endpoint, the expectation derived from the access policy:
/// allowed where the policy says so, 403 everywhere else.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ProfileEndpointMatrixTests(PlatformFixture platform)
{
    private static readonly AccessPolicy Policy = AccessPolicy.Current;

    public static TheoryData<string, string> RolesByEndpoint()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in DemoUsers.All.GroupBy(u => u.Role).Select(g => g.First()))
        {
            foreach (var endpoint in new[] { "read", "search", "family", "family-chronology", "break-glass", "access-log", "review-queue", "verify-audit", "identity-reviews", "identity-links", "identity-decisions", "identity-replay", "identity-separation", "worklist", "worklist-item", "worklist-assign" })
            {
                data.Add(user.UserName, endpoint);
            }
        }

        return data;
    }

    private static bool Allowed(string role, string endpoint) => endpoint switch
    {
        "read" => Policy.Fields.Any(f => Policy.Rule(role, f.Section.Name, f.Field.Name) != Relationship.None),
        "search" => Policy.Rule(role, "summary", "names") == Relationship.Any,
        "family" => Policy.Family.Fields.Any(f => Policy.Rule(role, AccessPolicy.FamilySectionName, f.Name) != Relationship.None),
        "family-chronology" => Policy.Rule(role, AccessPolicy.FamilySectionName, "members") != Relationship.None,
        "break-glass" => Policy.BreakGlassRoles.Contains(role),
        "review-queue" => Policy.BreakGlassReviewers.Contains(role),
        "identity-reviews" or "identity-links" or "identity-decisions" or "identity-replay" or "identity-separation" => Policy.IdentityStewards.Contains(role),
        "worklist" or "worklist-item" => Policy.WorklistReaders.Contains(role),
        "worklist-assign" => Policy.WorklistAssigners.Contains(role),
        _ => Policy.AuditReaders.Contains(role),
    };

    [Theory]
    [MemberData(nameof(RolesByEndpoint))]
    public async Task A_role_reaches_a_profile_endpoint_exactly_when_the_policy_allows_it(string userName, string endpoint)
    {
        var role = DemoUsers.All.Single(u => u.UserName == userName).Role;
        var childId = await new ProfileDatabase(platform).ChildWithReferralAsync(new BusProbe(platform));
        using var client = platform.GatewayClient(await platform.Tokens.UserTokenAsync(userName, DemoUsers.Password, [.. ApiResources.Profile.Scopes]));

        using var response = endpoint switch
        {
            "read" => await client.GetAsync($"/api/profile/profiles/{childId}"),
            "search" => await client.GetAsync("/api/profile/profiles?familyName=Probe"),
            "family" => await client.GetAsync($"/api/profile/profiles/{childId}/family"),
            "family-chronology" => await client.GetAsync($"/api/profile/profiles/{childId}/family/chronology"),
            "break-glass" => await client.PostAsJsonAsync($"/api/profile/profiles/{childId}/break-glass", new { reason = "Matrix test of who may break the glass", purpose = "test" }),
            "access-log" => await client.GetAsync($"/api/profile/dpo/access?childId={childId}"),
            "review-queue" => await client.GetAsync("/api/profile/dpo/break-glass"),
            "identity-reviews" => await client.GetAsync("/api/profile/identity/reviews"),
            "identity-links" => await client.GetAsync($"/api/profile/identity/children/{childId}/links"),
            "identity-decisions" => await client.GetAsync("/api/profile/identity/decisions"),
            "identity-replay" => await client.PostAsJsonAsync("/api/profile/identity/decisions/replay", new { decisions = Array.Empty<object>() }),
            "identity-separation" => await client.PostAsJsonAsync("/api/profile/identity/separations", new { childId, otherChildId = Guid.NewGuid(), reason = "Matrix test of who may keep children apart" }),
            "worklist" => await client.GetAsync("/api/profile/worklist"),
            "worklist-item" => await client.GetAsync($"/api/profile/worklist/{Guid.NewGuid()}"),
            "worklist-assign" => await client.PostAsJsonAsync($"/api/profile/worklist/{Guid.NewGuid()}/assign", new { assignee = "mash.taylor", version = 1 }),
            _ => await client.GetAsync("/api/profile/dpo/audit/verification"),
        };

        if (Allowed(role, endpoint) && endpoint is "worklist-item" or "worklist-assign" or "identity-separation")
        {
            // Past authorisation, a flag nobody raised, or a child nobody has, is simply not found.
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        else if (Allowed(role, endpoint))
        {
            Assert.True(response.IsSuccessStatusCode, $"{role} {endpoint}: {(int)response.StatusCode}");
        }
        else
        {
            // A role that may hold no profile scope gets a token for no profile audience at all: 401, not 403.
            var holdsProfileScope = RoleScopes.ScopesFor(role).Intersect(ApiResources.Profile.Scopes).Any();
            Assert.Equal(holdsProfileScope ? HttpStatusCode.Forbidden : HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
