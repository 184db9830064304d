namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care corrected, ended (closed: DEC, REC) or deleted an episode of care; full current state.</summary>
public sealed record LookedAfterEpisodeChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid EpisodeId,
    DateOnly StartDate,
    string ReasonForNewEpisode,
    string LegalStatus,
    string PlacementType,
    string PlacementProvider,
    DateOnly? EndDate,
    string? ReasonEnded,
    RecordState State) : IIntegrationEvent;
