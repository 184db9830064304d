namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care corrected, authorised (closed) or deleted an assessment; carries the full current state.</summary>
public sealed record AssessmentChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid AssessmentId,
    Guid ReferralId,
    DateOnly StartDate,
    DateOnly? AuthorisationDate,
    IReadOnlyList<string> Factors,
    RecordState State) : IIntegrationEvent;
