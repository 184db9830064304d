namespace ChildView.Contracts.IntegrationEvents;

/// <summary>The youth offending team recorded an offence and its outcome (entity version 1).</summary>
/// <param name="LengthMonths">The order's length in months where the outcome has one; added after version 1 of the contract, so null from older publishers.</param>
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
    DateOnly OutcomeDate,
    int? LengthMonths = null) : IIntegrationEvent;
