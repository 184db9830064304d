using System.Net;
using System.Net.Http.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Flows;

/// <summary>
/// The four flows end to end: a write at a service through the gateway, the outbox relay, RabbitMQ,
/// the profile's consumer, and a read of the unified profile through the gateway.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ServiceToProfileFlowTests(PlatformFixture platform)
{
    private async Task<HttpClient> WriterAsync(string service) =>
        platform.GatewayClient(await platform.ServiceTokenAsync($"{service}-service", ApiResources.ByName(service).WriteScope!));

    private async Task<ProfileReader> PractitionerAsync() =>
        new(platform.GatewayClient(await platform.Tokens.UserTokenAsync("mash.taylor", DemoUsers.Password, ApiResources.Profile.ReadScope)), platform);

    [Fact]
    public async Task A_pupil_registered_at_education_appears_in_the_profile()
    {
        var upn = TestIdentifiers.NewUpn();
        using var education = await WriterAsync("education");

        using var created = await education.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: upn, givenName: "Ada") });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var profile = await (await PractitionerAsync()).WaitForAsync($"upn={upn}", p => p.Records.Any(r => r.RecordType == "pupil"));
        Assert.Equal("Ada", profile.GivenName);
        Assert.Equal(upn, profile.Upn);
        Assert.Equal(["education"], profile.ServicesInvolved);
    }

    [Fact]
    public async Task A_referral_at_social_care_appears_in_the_profile()
    {
        var nhs = TestIdentifiers.NewNhsNumber();
        using var socialCare = await WriterAsync("socialcare");

        using var created = await socialCare.PostAsJsonAsync("/api/socialcare/referrals", new
        {
            child = TestIdentifiers.Child(nhsNumber: nhs), referralDate = "2026-10-01", referralSource = "2A", primaryNeed = "N1",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var profile = await (await PractitionerAsync()).WaitForAsync($"nhsNumber={nhs}", p => p.Records.Any(r => r.RecordType == "referral"));
        var referral = Assert.Single(profile.Records);
        Assert.Equal("socialcare", referral.Source);
        Assert.Equal(new DateOnly(2026, 10, 1), referral.OccurredOn);
        Assert.Contains("N1", referral.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offence_outcome_at_youth_offending_appears_in_the_profile()
    {
        var nhs = TestIdentifiers.NewNhsNumber();
        using var yot = await WriterAsync("youthoffending");

        using var created = await yot.PostAsJsonAsync("/api/youthoffending/offence-outcomes", new
        {
            child = TestIdentifiers.Child(nhsNumber: nhs, dateOfBirth: "2010-01-01"),
            offenceDate = "2026-06-01", offenceType = "Criminal damage", gravityScore = 3, outcome = "referral-order", outcomeDate = "2026-07-15", lengthMonths = 6,
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var profile = await (await PractitionerAsync()).WaitForAsync($"nhsNumber={nhs}", p => p.Records.Any(r => r.RecordType == "offence-outcome"));
        Assert.Equal(["youthoffending"], profile.ServicesInvolved);
        Assert.Contains("referral-order", profile.Records[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_registration_at_early_years_appears_in_the_profile()
    {
        var nhs = TestIdentifiers.NewNhsNumber();
        using var earlyYears = await WriterAsync("earlyyears");

        using var created = await earlyYears.PostAsJsonAsync("/api/earlyyears/setting-registrations", new
        {
            child = TestIdentifiers.Child(nhsNumber: nhs, dateOfBirth: "2023-02-02"), providerUrn = "EY123456", settingName = "Little Acorns", startDate = "2025-09-01",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var profile = await (await PractitionerAsync()).WaitForAsync($"nhsNumber={nhs}", p => p.Records.Any(r => r.RecordType == "setting-registration"));
        Assert.Contains("Little Acorns", profile.Records[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_carrying_the_same_valid_upn_or_nhs_number_are_one_child()
    {
        var upn = TestIdentifiers.NewUpn();
        var nhs = TestIdentifiers.NewNhsNumber();
        var familyName = TestIdentifiers.NewFamilyName();
        using var education = await WriterAsync("education");
        using var socialCare = await WriterAsync("socialcare");
        using var yot = await WriterAsync("youthoffending");

        (await education.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: upn, nhsNumber: nhs, givenName: "Ada", familyName: familyName, dateOfBirth: "2012-03-04") })).EnsureSuccessStatusCode();
        (await socialCare.PostAsJsonAsync("/api/socialcare/referrals", new { child = TestIdentifiers.Child(upn: upn, givenName: "Ada", familyName: familyName, dateOfBirth: "2012-03-04"), referralDate = "2026-09-09", referralSource = "6" })).EnsureSuccessStatusCode();
        (await yot.PostAsJsonAsync("/api/youthoffending/offence-outcomes", new
        {
            child = TestIdentifiers.Child(nhsNumber: nhs, givenName: "Ada", familyName: familyName, dateOfBirth: "2012-03-04"), offenceDate = "2026-06-01", offenceType = "Theft", gravityScore = 2, outcome = "youth-caution", outcomeDate = "2026-06-20",
        })).EnsureSuccessStatusCode();

        var reader = await PractitionerAsync();
        var profile = await reader.WaitForAsync($"upn={upn}", p => p.ServicesInvolved?.Count == 3);
        Assert.Equal(["education", "socialcare", "youthoffending"], profile.ServicesInvolved);
        Assert.Equal(1, (await reader.SearchAsync($"nhsNumber={nhs}")).Total);
    }
}
