using ChildView.Contracts.IntegrationEvents;

namespace ChildView.SocialCare.CaseAllocations;

public static class CaseAllocationEvents
{
    public static CaseAllocationRecorded Recorded(CaseAllocation a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, a.Version, now, a.Child.ToIdentity(SourceSystems.SocialCare),
        a.Id, a.WorkerId, a.WorkerName, a.Team, a.FromDate, a.AllocatedBy);

    public static CaseAllocationChanged Changed(CaseAllocation a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, a.Version, now, a.Child.ToIdentity(SourceSystems.SocialCare),
        a.Id, a.WorkerId, a.WorkerName, a.Team, a.FromDate, a.ToDate, a.State, a.AllocatedBy);
}
