namespace ChildView.Contracts.IntegrationEvents;

/// <summary>The youth offending team changed, closed or deleted an offence outcome; the full current state, not a diff.</summary>
public sealed record OffenceOutcomeChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid OutcomeId,
    RecordState State,
    DateOnly OffenceDate,
    string OffenceType,
    int GravityScore,
    string Outcome,
    DateOnly OutcomeDate,
    int? LengthMonths,
    DateOnly? EndDate) : IIntegrationEvent;
