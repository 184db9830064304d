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

        var pupilIds = new Dictionary<string, Guid>();
        foreach (var child in DemoChildren.All)
        {
            pupilIds[child.LocalId] = await gateway.PostForIdAsync("/api/education/pupils", new { child, upnUnknownReason = child.Upn is null ? "UN4" : null }, cancellationToken);
        }

        var (amelia, jayden, lily, noah, _) = (DemoChildren.All[0], DemoChildren.All[1], DemoChildren.All[2], DemoChildren.All[3], DemoChildren.All[4]);
        await gateway.PostAsync("/api/socialcare/referrals", new { child = amelia, referralDate = Today.AddDays(-40), referralSource = "2A", primaryNeed = "N1" }, cancellationToken);
        var jaydenReferral = await gateway.PostForIdAsync("/api/socialcare/referrals", new { child = jayden, referralDate = Today.AddDays(-12), referralSource = "6" }, cancellationToken);
        await gateway.PostAsync("/api/youthoffending/offence-outcomes", new
        {
            child = jayden, offenceDate = Today.AddDays(-60), offenceType = "Theft from a shop", gravityScore = 2, outcome = "youth-caution", outcomeDate = Today.AddDays(-30),
        }, cancellationToken);
        await gateway.PostAsync("/api/earlyyears/setting-registrations", new
        {
            child = noah, providerUrn = "EY512345", settingName = "Little Acorns Nursery", startDate = Today.AddMonths(-5),
        }, cancellationToken);
        var noahAllocation = CountyRequests.EarlyYearsAllocation(noah, Today.AddMonths(-5));
        await gateway.PostAsync($"/api/{noahAllocation.Service}{noahAllocation.Path}", noahAllocation.Body, cancellationToken);
        await gateway.PostAsync("/api/socialcare/referrals", new { child = lily, referralDate = Today.AddDays(-3), referralSource = "3B" }, cancellationToken);
        await SeedCaseloadsAsync(amelia, jayden, lily, cancellationToken);
        await DemoIndicators.SeedAsync(gateway, pupilIds[jayden.LocalId], jaydenReferral, Today, cancellationToken);
        await SeedIdentityResolutionAsync(lily, DemoChildren.All[4], cancellationToken);

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

    /// <summary>
    /// The demo practitioners' caseloads: a social worker or YOT officer sees a child's records only while
    /// the child is allocated to their team, and allocating is the operations client's admin act here
    /// (in practice the team manager's: log in as tm.patel or ytm.green to allocate more).
    /// </summary>
    private async Task SeedCaseloadsAsync(DemoChild amelia, DemoChild jayden, DemoChild lily, CancellationToken cancellationToken)
    {
        foreach (var (child, worker) in new[] { (amelia, "sw.jones"), (jayden, "sw.jones"), (lily, "tm.patel") })
        {
            await gateway.PostAsync("/api/socialcare/case-allocations", new { child, workerId = worker, team = "north-cin", fromDate = Today.AddDays(-3) }, cancellationToken);
        }

        await gateway.PostAsync("/api/youthoffending/allocations", new
        {
            child = jayden, officerId = "yot.brown", teamCode = "yot-east", teamName = "Youth offending team (east)", fromDate = Today.AddDays(-30),
        }, cancellationToken);
    }

    /// <summary>
    /// Records with no shared identifier, for the master child index: Lily again at social care with a
    /// typo and no UPN (linked by probability), and Maya at social care after a move (a possible match,
    /// left in the data steward's queue: log in as dpo.evans).
    /// </summary>
    private async Task SeedIdentityResolutionAsync(DemoChild lily, DemoChild maya, CancellationToken cancellationToken)
    {
        var lilly = lily with { LocalId = "sc-demo-0003", GivenName = "Lilly", Upn = null };
        await gateway.PostAsync("/api/socialcare/referrals", new { child = lilly, referralDate = Today.AddDays(-2), referralSource = "5A" }, cancellationToken);
        var movedMaya = maya with { LocalId = "sc-demo-0005", Address = new DemoAddress("2 Derwent Street", null, "Derby", "DE1 1AA") };
        await gateway.PostAsync("/api/socialcare/referrals", new { child = movedMaya, referralDate = Today.AddDays(-9), referralSource = "2B", primaryNeed = "N2" }, cancellationToken);
    }
}
