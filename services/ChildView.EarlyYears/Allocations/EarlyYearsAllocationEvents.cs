using ChildView.Contracts.IntegrationEvents;

namespace ChildView.EarlyYears.Allocations;

public static class EarlyYearsAllocationEvents
{
    public static EarlyYearsAllocationRecorded Recorded(EarlyYearsAllocation a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, a.Version, now, a.Child.ToIdentity(SourceSystems.EarlyYears),
        a.Id, a.State, a.PractitionerId, a.PractitionerName, a.TeamCode, a.TeamName, a.FromDate, a.ToDate, a.AllocatedBy);

    public static EarlyYearsAllocationChanged Changed(EarlyYearsAllocation a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, a.Version, now, a.Child.ToIdentity(SourceSystems.EarlyYears),
        a.Id, a.State, a.PractitionerId, a.PractitionerName, a.TeamCode, a.TeamName, a.FromDate, a.ToDate, a.AllocatedBy);
}
