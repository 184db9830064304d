namespace ChildView.SyntheticCounty;

/// <summary>One API call that puts part of the county into a service: where to send it and the JSON body.</summary>
public sealed record ServiceWrite(string Service, string Path, object Body);

/// <summary>
/// Turns the county into the service API calls that would have recorded it: each service gets the
/// child as that service knows them (schools hold UPNs, health-led records NHS numbers, social care
/// its own child id), which is what identity resolution later has to join up.
/// </summary>
public static class CountyRequests
{
    public static IEnumerable<ServiceWrite> For(County county)
    {
        foreach (var household in county.Households)
        {
            foreach (var child in household.Children)
            {
                foreach (var write in For(county.Today, household, child))
                {
                    yield return write;
                }
            }
        }
    }

    private static IEnumerable<ServiceWrite> For(DateOnly today, Household household, SyntheticChild child)
    {
        var involvement = child.Involvement;
        var dayOfYear = StableDay(child.Key);
        if (involvement.OnSchoolRoll)
        {
            // A pupil without a UPN carries the census reason (UN4: UPN and former UPN unknown).
            yield return new("education", "/pupils", new { child = Child(household, child, $"edu-{child.Key}", child.Upn, child.NhsNumber), upnUnknownReason = child.Upn is null ? "UN4" : null });
        }

        if (involvement.ReferredThisYear)
        {
            yield return new("socialcare", "/referrals", new
            {
                child = Child(household, child, $"lac-{child.Key}", child.Upn, child.NhsNumber),
                referralDate = Latest(today.AddDays(-dayOfYear), child.DateOfBirth),
                referralSource = involvement.ReferralSource,
                primaryNeed = involvement.PrimaryNeed,
            });
        }

        if (involvement.KnownToYouthJustice)
        {
            var offenceDate = Latest(today.AddDays(-dayOfYear - 30), child.DateOfBirth.AddYears(10));
            yield return new("youthoffending", "/offence-outcomes", new
            {
                child = Child(household, child, $"yot-{child.Key}", null, child.NhsNumber),
                offenceDate,
                offenceType = "Theft from a shop",
                gravityScore = involvement.GravityScore,
                outcome = involvement.YouthOutcome,
                outcomeDate = offenceDate.AddDays(21) > today ? today : offenceDate.AddDays(21),
                lengthMonths = OrderLengthMonths(involvement.YouthOutcome),
            });
        }

        if (involvement.InEarlyYearsSetting)
        {
            var startDate = Latest(child.DateOfBirth.AddYears(2), today.AddYears(-2));
            yield return new("earlyyears", "/setting-registrations", new
            {
                child = Child(household, child, $"ey-{child.Key}", null, child.NhsNumber),
                providerUrn = involvement.ProviderUrn,
                settingName = $"{household.Address.Town} Nursery",
                startDate,
            });
            yield return EarlyYearsAllocation(Child(household, child, $"ey-{child.Key}", null, child.NhsNumber), startDate);
        }
    }

    /// <summary>
    /// Early years practitioners see only their teams' allocated children, so every early years child is
    /// allocated to the demo practitioner (ey.wilson, early-help-north) from the day they started.
    /// </summary>
    public static ServiceWrite EarlyYearsAllocation(object child, DateOnly fromDate) =>
        new("earlyyears", "/allocations", new { child, practitionerId = "ey.wilson", teamCode = "early-help-north", teamName = "Early Help North", fromDate });

    /// <summary>A day offset (0–299) derived from the child's key alone; string.GetHashCode differs per process.</summary>
    private static int StableDay(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % 300);
    }

    /// <summary>Court orders carry a length within their legal range; out-of-court outcomes none.</summary>
    private static int? OrderLengthMonths(string? outcome) => outcome switch
    {
        "referral-order" => 6,
        "youth-rehabilitation-order" => 12,
        "detention-and-training-order" => 12,
        "section-90-91-detention" => 24,
        _ => null,
    };

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;

    private static object Child(Household household, SyntheticChild child, string localId, string? upn, string? nhsNumber) => new
    {
        localId,
        givenName = child.GivenName,
        familyName = child.FamilyName,
        dateOfBirth = child.DateOfBirth,
        sex = child.Sex,
        upn,
        nhsNumber,
        address = new { line1 = household.Address.Line1, town = household.Address.Town, postcode = household.Address.Postcode },
    };
}
