using ChildView.Contracts.IntegrationEvents;

namespace ChildView.EarlyYears.Entitlements;

public static class FundedEntitlementEvents
{
    public static FundedEntitlementRecorded Recorded(FundedEntitlement e, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, e.Version, now, e.Child.ToIdentity(SourceSystems.EarlyYears),
        e.Id, e.State, e.EntitlementType, e.HoursPerWeek, e.Basis, e.EligibilityCode, e.StartDate, e.EndDate);

    public static FundedEntitlementChanged Changed(FundedEntitlement e, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, e.Version, now, e.Child.ToIdentity(SourceSystems.EarlyYears),
        e.Id, e.State, e.EntitlementType, e.HoursPerWeek, e.Basis, e.EligibilityCode, e.StartDate, e.EndDate);
}
