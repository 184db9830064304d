using System.Net.Http.Json;
using ChildView.Contracts.Security;
using ChildView.DemoSeeder;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Indicators;

/// <summary>The demo seeder's indicator records pass the services' validation and flag the child's family for review.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DemoIndicatorTests(PlatformFixture platform)
{
    private sealed record Created(Guid Id);

    [Fact]
    public async Task The_demo_records_raise_indicators_in_four_areas_and_a_family_review()
    {
        var today = IndicatorProbe.Today;
        var ops = platform.GatewayClient(await platform.ServiceTokenAsync(OpsTokenSource.ClientId, [.. ApiResources.AllScopes]));
        var nhs = TestIdentifiers.NewNhsNumber();
        var child = TestIdentifiers.Child(nhsNumber: nhs, givenName: "Demo", dateOfBirth: "2010-09-02");
        var pupil = await (await ops.PostAsJsonAsync("/api/education/pupils", new { child, upnUnknownReason = "UN4" })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Created>();
        var referral = await (await ops.PostAsJsonAsync("/api/socialcare/referrals", new { child, referralDate = today.AddDays(-12), referralSource = "6" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Created>();
        (await ops.PostAsJsonAsync("/api/youthoffending/offence-outcomes", new
        {
            child, offenceDate = today.AddDays(-60), offenceType = "Theft from a shop", gravityScore = 2, outcome = "youth-caution", outcomeDate = today.AddDays(-30),
        })).EnsureSuccessStatusCode();

        var gateway = new GatewayClient(ops);
        await DemoIndicators.SeedAsync(gateway, pupil!.Id, referral!.Id, today, CancellationToken.None);

        var mash = new ProfileReader(platform.GatewayClient(await platform.Tokens.UserTokenAsync("mash.taylor", Identity.Users.DemoUsers.Password, ApiResources.Profile.ReadScope)), platform);
        var profile = await mash.WaitForAsync($"nhsNumber={nhs}", p => p.Flags?.Any(f => f.RuleId == "family-early-help-review") == true);
        Assert.Equal(
            ["domestic-abuse", "family-early-help-review", "mental-health-or-self-harm", "repeated-suspensions", "youth-justice-outcome"],
            profile.Flags!.Select(f => f.RuleId).Order());
    }
}
