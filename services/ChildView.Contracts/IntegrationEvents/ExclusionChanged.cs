namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education changed a suspension or permanent exclusion (details or deletion); the full current state.</summary>
public sealed record ExclusionChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid ExclusionId,
    Guid PupilId,
    string Category,
    string Reason,
    DateOnly StartDate,
    DateOnly? EndDate,
    int? Sessions,
    RecordState State) : IIntegrationEvent;
