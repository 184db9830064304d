using ChildView.ServiceKit.Children;

namespace ChildView.EarlyYears.Entitlements;

/// <summary>A funded early education entitlement a child takes up, from a term start.</summary>
public sealed class FundedEntitlement : ChildRecord
{
    /// <summary>One of <see cref="EntitlementTypes.All"/>.</summary>
    public required string EntitlementType { get; set; }

    /// <summary>One of <see cref="TwoYearOldBasis.All"/> for a 2-year-old entitlement; null otherwise.</summary>
    public string? Basis { get; set; }

    /// <summary>The HMRC 30-hours eligibility code for the extended entitlement; null otherwise.</summary>
    public string? EligibilityCode { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>Set when the entitlement ends (the record is then closed).</summary>
    public DateOnly? EndDate { get; set; }

    public int HoursPerWeek => EntitlementTypes.HoursPerWeek(EntitlementType);
}
