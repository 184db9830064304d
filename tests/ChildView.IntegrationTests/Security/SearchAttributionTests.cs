using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Security;

/// <summary>"Who accessed child X" includes every search that returned X, not only reads of X's profile.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SearchAttributionTests(PlatformFixture platform)
{
    private readonly BusProbe _bus = new(platform);

    private async Task<HttpClient> ClientAsync(string userName) =>
        platform.GatewayClient(await platform.Tokens.UserTokenAsync(userName, DemoUsers.Password, ApiResources.Profile.ReadScope));

    [Fact]
    public async Task A_search_that_returned_a_child_is_listed_under_that_child()
    {
        var upn = TestIdentifiers.NewUpn();
        var pupilId = Guid.NewGuid();
        await _bus.PublishAsync(BusProbe.Pupil(pupilId, 1, "Attributed", upn: upn));
        await Poll.UntilAsync(async () => await _bus.RecordVersionAsync(pupilId) == 1, TimeSpan.FromSeconds(30), "the pupil in the profile");

        using var mash = await ClientAsync("mash.taylor");
        var found = await mash.GetFromJsonAsync<JsonElement>($"/api/profile/profiles?upn={upn}");
        var childId = found.GetProperty("items")[0].GetProperty("id").GetGuid();

        using var dpo = await ClientAsync("dpo.evans");
        var log = await dpo.GetFromJsonAsync<JsonElement>($"/api/profile/dpo/access?childId={childId}");
        var actions = log.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("userName").GetString() == "mash.taylor")
            .Select(e => e.GetProperty("action").GetString())
            .ToList();
        Assert.Contains("search", actions);
    }
}
