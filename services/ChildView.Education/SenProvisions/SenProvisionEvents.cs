using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Education.SenProvisions;

public static class SenProvisionEvents
{
    public static SenProvisionRecorded Recorded(SenProvision s, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, s.Version, now, s.Child.ToIdentity(SourceSystems.Education), s.Id, s.PupilId, s.Provision, s.StartDate, s.EndDate, s.State);

    public static SenProvisionChanged Changed(SenProvision s, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, s.Version, now, s.Child.ToIdentity(SourceSystems.Education), s.Id, s.PupilId, s.Provision, s.StartDate, s.EndDate, s.State);
}
