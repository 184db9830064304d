using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Education.Exclusions;

public static class ExclusionEvents
{
    public static ExclusionRecorded Recorded(Exclusion e, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, e.Version, now, e.Child.ToIdentity(SourceSystems.Education), e.Id, e.PupilId, e.Category, e.Reason, e.StartDate, e.EndDate, e.Sessions, e.State);

    public static ExclusionChanged Changed(Exclusion e, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, e.Version, now, e.Child.ToIdentity(SourceSystems.Education), e.Id, e.PupilId, e.Category, e.Reason, e.StartDate, e.EndDate, e.Sessions, e.State);
}
