using ChildView.Contracts.IntegrationEvents;

namespace ChildView.SocialCare.LookedAfterEpisodes;

public static class LookedAfterEpisodeEvents
{
    public static LookedAfterEpisodeRecorded Recorded(LookedAfterEpisode e, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, e.Version, now, e.Child.ToIdentity(SourceSystems.SocialCare),
        e.Id, e.StartDate, e.ReasonForNewEpisode, e.LegalStatus, e.PlacementType, e.PlacementProvider);

    public static LookedAfterEpisodeChanged Changed(LookedAfterEpisode e, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, e.Version, now, e.Child.ToIdentity(SourceSystems.SocialCare),
        e.Id, e.StartDate, e.ReasonForNewEpisode, e.LegalStatus, e.PlacementType, e.PlacementProvider, e.EndDate, e.ReasonEnded, e.State);
}
