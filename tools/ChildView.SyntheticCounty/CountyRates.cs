namespace ChildView.SyntheticCounty;

/// <summary>
/// How often things happen, per child, in a year. Defaults follow published national figures
/// (CIN census, SSDA903, YJB, school census): about 5 % referred to social care, 1 % on a child
/// protection plan, 0.5 % looked after, 1–2 % known to youth justice (aged 10–17), about 20 % of
/// pupils persistently absent.
/// </summary>
public sealed record CountyRates
{
    public double Referral { get; init; } = 0.05;

    public double ChildProtectionPlan { get; init; } = 0.01;

    public double LookedAfter { get; init; } = 0.005;

    /// <summary>Of children aged 10–17.</summary>
    public double YouthJustice { get; init; } = 0.03;

    /// <summary>Of pupils.</summary>
    public double PersistentAbsence { get; init; } = 0.20;

    /// <summary>Of children aged 2–4.</summary>
    public double EarlyYearsSetting { get; init; } = 0.75;

    public double EarlyHelp { get; init; } = 0.03;

    public double Twins { get; init; } = 0.015;

    /// <summary>Of pupils: UPN recorded.</summary>
    public double UpnRecorded { get; init; } = 0.97;

    public double NhsNumberRecorded { get; init; } = 0.7;
}
