namespace ChildView.Contracts.IntegrationEvents;

/// <summary>An intervention was corrected, ended or deleted; the full current state, not a diff.</summary>
public sealed record YouthInterventionChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid InterventionId,
    RecordState State,
    string InterventionType,
    string? Description,
    DateOnly StartDate,
    DateOnly? EndDate) : IIntegrationEvent;
