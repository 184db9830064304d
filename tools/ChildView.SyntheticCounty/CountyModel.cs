namespace ChildView.SyntheticCounty;

/// <summary>A generated county: households, the people in them, and what each service knows of its children.</summary>
public sealed record County(int Seed, DateOnly Today, IReadOnlyList<Household> Households)
{
    public IEnumerable<SyntheticChild> Children => Households.SelectMany(h => h.Children);
}

public sealed record Address(string Line1, string Town, string Postcode);

public sealed record Household(int Number, Address Address, IReadOnlyList<Adult> Adults, IReadOnlyList<SyntheticChild> Children);

public sealed record Adult(string GivenName, string FamilyName, DateOnly DateOfBirth, string Sex, string Relationship);

/// <summary>A child and the true identity every service's record is a (possibly partial) copy of.</summary>
public sealed record SyntheticChild(
    string Key,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string Sex,
    string? Upn,
    string? NhsNumber,
    bool IsTwin,
    Involvement Involvement);

/// <summary>Which services know the child, and what about them.</summary>
public sealed record Involvement(
    bool OnSchoolRoll,
    bool PersistentlyAbsent,
    int Suspensions,
    bool ReferredThisYear,
    string? ReferralSource,
    string? PrimaryNeed,
    bool OnChildProtectionPlan,
    string? CategoryOfAbuse,
    bool LookedAfter,
    string? LegalStatus,
    bool KnownToYouthJustice,
    string? YouthOutcome,
    int? GravityScore,
    bool InEarlyYearsSetting,
    string? ProviderUrn,
    bool InEarlyHelp)
{
    public int ServiceCount =>
        (OnSchoolRoll ? 1 : 0) + (ReferredThisYear || OnChildProtectionPlan || LookedAfter ? 1 : 0) +
        (KnownToYouthJustice ? 1 : 0) + (InEarlyYearsSetting || InEarlyHelp ? 1 : 0);
}
