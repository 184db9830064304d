namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education summarised a pupil's attendance for a term for the first time (entity version 1): sessions, attendance percentage and the persistent-absence flag (attendance below 90 % of possible sessions).</summary>
public sealed record AttendanceSummaryRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid AttendanceSummaryId,
    Guid PupilId,
    string AcademicYear,
    string Term,
    DateOnly TermStart,
    DateOnly TermEnd,
    int PossibleSessions,
    int AttendedSessions,
    int AuthorisedAbsenceSessions,
    int UnauthorisedAbsenceSessions,
    int NotPossibleSessions,
    decimal? AttendancePercentage,
    bool PersistentAbsence,
    RecordState State) : IIntegrationEvent;
