namespace ChildView.Contracts.IntegrationEvents;

/// <summary>The youth offending team recorded the outcome of an offence.</summary>
public sealed record OffenceOutcomeRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid OutcomeId,
    DateOnly OffenceDate,
    string OffenceType,
    int GravityScore,
    string Outcome,
    DateOnly OutcomeDate) : IIntegrationEvent;
