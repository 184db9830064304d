namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education recorded a pupil's enrolment at an establishment (CBDS: URN, LAESTAB, entry date, leaving date, enrolment status); entity version 1.</summary>
public sealed record EnrolmentRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid EnrolmentId,
    Guid PupilId,
    string Urn,
    string Laestab,
    DateOnly StartDate,
    DateOnly? LeaveDate,
    string EnrolmentStatus,
    RecordState State) : IIntegrationEvent;
