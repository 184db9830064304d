using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Education.Pupils;

public static class PupilEvents
{
    public static PupilRegistered Registered(Pupil pupil, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, pupil.Version, now, pupil.Child.ToIdentity(SourceSystems.Education), pupil.Id, pupil.FormerUpn, pupil.UpnUnknownReason);

    public static PupilDetailsChanged DetailsChanged(Pupil pupil, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, pupil.Version, now, pupil.Child.ToIdentity(SourceSystems.Education), pupil.Id, pupil.State, pupil.FormerUpn, pupil.UpnUnknownReason);
}
