namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education changed a pupil's record (details, or deleted it); carries the full current state, not a diff.</summary>
public sealed record PupilDetailsChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid PupilId,
    RecordState State,
    string? FormerUpn = null,
    string? UpnUnknownReason = null) : IIntegrationEvent;
