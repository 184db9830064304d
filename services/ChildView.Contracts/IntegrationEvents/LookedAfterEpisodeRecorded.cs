namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care started an SSDA903 episode of care (DECOM, RNE, LS, PLACE, PLACE_PROVIDER); entity version 1.</summary>
public sealed record LookedAfterEpisodeRecorded(
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
    string PlacementProvider) : IIntegrationEvent;
