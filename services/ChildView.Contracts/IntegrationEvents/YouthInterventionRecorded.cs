namespace ChildView.Contracts.IntegrationEvents;

/// <summary>The youth offending team recorded an intervention with a child (entity version 1; closed when recorded with its end).</summary>
public sealed record YouthInterventionRecorded(
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
