namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education registered a child as a pupil (entity version 1).</summary>
public sealed record PupilRegistered(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid PupilId,
    string? FormerUpn = null,
    string? UpnUnknownReason = null) : IIntegrationEvent;
