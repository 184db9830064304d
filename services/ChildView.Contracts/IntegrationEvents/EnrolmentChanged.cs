namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education changed an enrolment (details, leaving, or deletion); the full current state, not a diff.</summary>
public sealed record EnrolmentChanged(
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
