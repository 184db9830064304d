namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education recorded a suspension (category FIXD) or permanent exclusion (PERM) with its CBDS reason; entity version 1.</summary>
public sealed record ExclusionRecorded(
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
