namespace ChildView.Contracts.IntegrationEvents;

/// <summary>A pupil's attendance for a term changed because sessions were recorded or corrected; versioned per (pupil, term) summary.</summary>
public sealed record AttendanceSummaryChanged(
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
