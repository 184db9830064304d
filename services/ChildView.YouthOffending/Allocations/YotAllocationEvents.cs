using ChildView.Contracts.IntegrationEvents;

namespace ChildView.YouthOffending.Allocations;

public static class YotAllocationEvents
{
    public static YotAllocationRecorded Recorded(YotAllocation a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.YouthOffending, a.Version, now, a.Child.ToIdentity(SourceSystems.YouthOffending),
        a.Id, a.State, a.OfficerId, a.OfficerName, a.TeamCode, a.TeamName, a.FromDate, a.ToDate, a.AllocatedBy);

    public static YotAllocationChanged Changed(YotAllocation a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.YouthOffending, a.Version, now, a.Child.ToIdentity(SourceSystems.YouthOffending),
        a.Id, a.State, a.OfficerId, a.OfficerName, a.TeamCode, a.TeamName, a.FromDate, a.ToDate, a.AllocatedBy);
}
