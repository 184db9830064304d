namespace ChildView.Linkage.Generation;

/// <summary>
/// One service's extract and how it records a person: which identifiers it tends to hold, how complete
/// the address is, how often a worker writes the name the child is known by, how careful its data entry
/// is (<see cref="ErrorScale"/> multiplies every error rate) and how it writes sex.
/// </summary>
public sealed record SourceSystem(
    string Name,
    string Prefix,
    double NhsRate,
    double UpnRate,
    double PostcodeRate,
    double StreetRate,
    double SexRate,
    double KnownAsRate,
    double ErrorScale,
    (string Female, string Male) SexCodes,
    int MinimumAge,
    int EarliestBirthYear,
    double ChildWeight,
    double ParentWeight)
{
    /// <summary>Pupils: almost always a UPN, rarely an NHS number, legal names, a careful census return.</summary>
    public static SourceSystem Education { get; } =
        new("education", "edu", 0.10, 0.97, 0.99, 0.97, 0.995, 0.01, 0.6, ("F", "M"), 4, 1900, 1.0, 0.3);

    /// <summary>Referrals and case records: NHS numbers often, UPNs sometimes, known-as names, typed in a hurry.</summary>
    public static SourceSystem SocialCare { get; } =
        new("socialcare", "sc", 0.75, 0.45, 0.92, 0.88, 0.97, 0.06, 1.2, ("Female", "Male"), 0, 1900, 0.8, 1.0);

    /// <summary>Youth offending: from age 10, police-sourced details, nicknames and the least careful entry.</summary>
    public static SourceSystem YouthOffending { get; } =
        new("youthoffending", "yot", 0.35, 0.30, 0.85, 0.80, 0.99, 0.10, 1.5, ("F", "M"), 10, 1900, 0.3, 0.3);

    /// <summary>Early years settings and funding: health-visitor NHS numbers, no UPN yet, children born since the system began.</summary>
    public static SourceSystem EarlyYears { get; } =
        new("earlyyears", "ey", 0.88, 0.03, 0.97, 0.95, 0.98, 0.02, 0.8, ("Female", "Male"), 0, 2012, 0.7, 0.6);

    public static IReadOnlyList<SourceSystem> All { get; } = [Education, SocialCare, YouthOffending, EarlyYears];

    public bool Records(Person person, DateOnly extractDate) =>
        !person.IsChild || (AgeOn(person.DateOfBirth, extractDate) >= MinimumAge && person.DateOfBirth.Year >= EarliestBirthYear);

    private static int AgeOn(DateOnly birth, DateOnly day) =>
        day.Year - birth.Year - (day.DayOfYear < birth.DayOfYear ? 1 : 0);
}
