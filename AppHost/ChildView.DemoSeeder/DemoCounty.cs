using ChildView.SyntheticCounty;

namespace ChildView.DemoSeeder;

/// <summary>
/// A handful of fictional children whose records are spread over the four services, some sharing a
/// UPN or NHS number so the profile links them, then a synthetic county around them. Seeding twice
/// adds nothing: the first child's UPN is looked up first.
/// </summary>
public sealed class DemoCounty(GatewayClient gateway, OpsTokenSource tokens, ILogger<DemoCounty> logger)
{
    private const int SyntheticChildren = 500;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        gateway.UseToken(await tokens.GetAsync(cancellationToken));
        if (await gateway.PupilExistsForUpnAsync(DemoChildren.All[0].Upn!, cancellationToken))
        {
            logger.LogInformation("Demo children already present; nothing to seed");
            return;
        }

        foreach (var child in DemoChildren.All)
        {
            await gateway.PostAsync("/api/education/pupils", new { child, upnUnknownReason = child.Upn is null ? "UN4" : null }, cancellationToken);
        }

        var (amelia, jayden, lily, noah, _) = (DemoChildren.All[0], DemoChildren.All[1], DemoChildren.All[2], DemoChildren.All[3], DemoChildren.All[4]);
        await gateway.PostAsync("/api/socialcare/referrals", new { child = amelia, referralDate = Today.AddDays(-40), referralSource = "2A", primaryNeed = "N1" }, cancellationToken);
        await gateway.PostAsync("/api/socialcare/referrals", new { child = jayden, referralDate = Today.AddDays(-12), referralSource = "6" }, cancellationToken);
        await gateway.PostAsync("/api/youthoffending/offence-outcomes", new
        {
            child = jayden, offenceDate = Today.AddDays(-60), offenceType = "Theft from a shop", gravityScore = 2, outcome = "youth-caution", outcomeDate = Today.AddDays(-30),
        }, cancellationToken);
        await gateway.PostAsync("/api/earlyyears/setting-registrations", new
        {
            child = noah, providerUrn = "EY512345", settingName = "Little Acorns Nursery", startDate = Today.AddMonths(-5),
        }, cancellationToken);
        await gateway.PostAsync("/api/socialcare/referrals", new { child = lily, referralDate = Today.AddDays(-3), referralSource = "3B" }, cancellationToken);

        // The Harts' mother as social care and the youth offending team each record her: the family view joins them.
        await gateway.PostAsync("/api/socialcare/family-members", new
        {
            child = amelia, relationship = "mother", givenName = "Claire", familyName = "Hart", dateOfBirth = new DateOnly(1984, 7, 19), parentalResponsibility = true, address = amelia.Address,
        }, cancellationToken);
        await gateway.PostAsync("/api/youthoffending/family-members", new
        {
            child = jayden, givenName = "Claire", familyName = "Hart", relationship = "mother", dateOfBirth = new DateOnly(1984, 7, 19), hasParentalResponsibility = true, livesWithChild = true,
        }, cancellationToken);
        logger.LogInformation("Seeded {Count} named demo children and their service records", DemoChildren.All.Count);

        // Around them, a deterministic synthetic county, so lists, searches and overlaps look real.
        var county = new CountyGenerator().Generate(SyntheticChildren, seed: 2026, Today);
        var written = await gateway.LoadAsync(CountyRequests.For(county), cancellationToken);
        logger.LogInformation("Seeded a synthetic county of {Children} children in {Households} households ({Records} records)", SyntheticChildren, county.Households.Count, written);
    }
}
