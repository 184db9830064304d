using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// "Services involved" follows its own rule (summary.servicesInvolved), not the rules of the records
/// behind it: a role told that social care is involved must be told so even when it may not read the
/// referral, and a role not told must not learn it from the list.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ServicesInvolvedTests(PlatformFixture platform)
{
    private static readonly string[] AllThree = ["education", "socialcare", "youthoffending"];

    private readonly ProfileDatabase _db = new(platform);
    private readonly BusProbe _bus = new(platform);

    /// <summary>One demo user per job role that may read profiles at all.</summary>
    public static TheoryData<string> Readers() => new(DemoUsers.All
        .Where(u => AccessPolicy.Current.Rule(u.Role, "summary", "names") == Relationship.Any)
        .GroupBy(u => u.Role)
        .Select(g => g.First().UserName));

    private static IReadOnlyList<string>? Expected(string userName) =>
        AccessPolicy.Current.Rule(DemoUsers.All.Single(u => u.UserName == userName).Role, "summary", "servicesInvolved") == Relationship.Any ? AllThree : null;

    /// <summary>A child known to education (a pupil), social care (a referral) and youth justice (an offence outcome), allocated to nobody.</summary>
    private async Task<(Guid ChildId, string Upn)> ChildKnownToThreeServicesAsync()
    {
        var upn = TestIdentifiers.NewUpn();
        var pupilId = Guid.NewGuid();
        await _bus.PublishAsync(BusProbe.Pupil(pupilId, 1, "Involved", upn: upn));
        await Poll.UntilAsync(async () => await _bus.RecordVersionAsync(pupilId) == 1, TimeSpan.FromSeconds(30), "the pupil in the profile");
        var childId = await ChildOfAsync(pupilId);
        foreach (var (source, type) in new[] { ("socialcare", "referral"), ("youthoffending", "offence-outcome") })
        {
            await _db.ExecuteAsOwnerAsync(
                "INSERT INTO service_records (source_system, record_type, record_id, child_id, entity_version, summary, state, updated_at) VALUES (@s, @t, @r, @c, 1, 'Involved', 'Open', now())",
                ("s", source), ("t", type), ("r", Guid.NewGuid()), ("c", childId));
        }

        return (childId, upn);
    }

    private async Task<Guid> ChildOfAsync(Guid recordId)
    {
        await using var owner = await _db.OwnerAsync();
        await using var find = new Npgsql.NpgsqlCommand("SELECT child_id FROM service_records WHERE record_id = @id", owner);
        find.Parameters.AddWithValue("id", recordId);
        return (Guid)(await find.ExecuteScalarAsync())!;
    }

    private async Task<HttpClient> AsAsync(string userName) =>
        platform.GatewayClient(await platform.Tokens.UserTokenAsync(userName, DemoUsers.Password, ApiResources.Profile.ReadScope));

    private static IReadOnlyList<string>? Services(JsonElement summary) =>
        summary.TryGetProperty("servicesInvolved", out var services) ? [.. services.EnumerateArray().Select(s => s.GetString()!)] : null;

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_profile_lists_every_service_involved_to_a_role_allowed_to_know_whatever_records_it_may_read(string userName)
    {
        var (childId, _) = await ChildKnownToThreeServicesAsync();
        using var client = await AsAsync(userName);

        var profile = await client.GetFromJsonAsync<JsonElement>($"/api/profile/profiles/{childId}");

        Assert.Equal(Expected(userName), Services(profile));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Search_results_list_every_service_involved_to_a_role_allowed_to_know(string userName)
    {
        var (_, upn) = await ChildKnownToThreeServicesAsync();
        using var client = await AsAsync(userName);

        var found = await client.GetFromJsonAsync<JsonElement>($"/api/profile/profiles?upn={upn}");

        Assert.Equal(Expected(userName), Services(Assert.Single(found.GetProperty("items").EnumerateArray())));
    }
}
