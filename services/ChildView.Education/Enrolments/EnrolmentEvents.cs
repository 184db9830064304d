using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Education.Enrolments;

public static class EnrolmentEvents
{
    public static EnrolmentRecorded Recorded(Enrolment e, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, e.Version, now, e.Child.ToIdentity(SourceSystems.Education), e.Id, e.PupilId, e.Urn, e.Laestab, e.StartDate, e.EndDate, e.EnrolmentStatus, e.State);

    public static EnrolmentChanged Changed(Enrolment e, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, e.Version, now, e.Child.ToIdentity(SourceSystems.Education), e.Id, e.PupilId, e.Urn, e.Laestab, e.StartDate, e.EndDate, e.EnrolmentStatus, e.State);
}
