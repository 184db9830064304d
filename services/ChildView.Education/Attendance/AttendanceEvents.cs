using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Education.Attendance;

public static class AttendanceEvents
{
    public static AttendanceSummaryRecorded Recorded(AttendanceSummary s, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.Education, s.Version, now, s.Child.ToIdentity(SourceSystems.Education), s.Id, s.PupilId, s.AcademicYear, s.Term, s.TermStart, s.TermEnd,
        s.PossibleSessions, s.AttendedSessions, s.AuthorisedAbsenceSessions, s.UnauthorisedAbsenceSessions, s.NotPossibleSessions, s.AttendancePercentage, s.PersistentAbsence, s.State);

    public static AttendanceSummaryChanged Changed(AttendanceSummary s, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.Education, s.Version, now, s.Child.ToIdentity(SourceSystems.Education), s.Id, s.PupilId, s.AcademicYear, s.Term, s.TermStart, s.TermEnd,
        s.PossibleSessions, s.AttendedSessions, s.AuthorisedAbsenceSessions, s.UnauthorisedAbsenceSessions, s.NotPossibleSessions, s.AttendancePercentage, s.PersistentAbsence, s.State);
}
