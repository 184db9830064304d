using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.SocialCare.LookedAfterEpisodes;

public static class LookedAfterEpisodesApi
{
    public static IEndpointRouteBuilder MapLookedAfterEpisodesApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<LookedAfterEpisode, LookedAfterEpisodeResponse>(
                ApiResources.SocialCare, "/looked-after-episodes", "looked-after-episode", "Looked-after episodes", LookedAfterEpisodeResponse.From,
                LookedAfterEpisodeEvents.Recorded, LookedAfterEpisodeEvents.Changed))
            .Create<RecordLookedAfterEpisodeRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var episode = new LookedAfterEpisode
                {
                    Id = Guid.CreateVersion7(write.Now),
                    Child = request.Child!.ToDetails(),
                    ReasonForNewEpisode = request.ReasonForNewEpisode!,
                    LegalStatus = request.LegalStatus!,
                    PlacementType = request.PlacementType!,
                    PlacementProvider = request.PlacementProvider!,
                    CreatedAt = write.Now,
                    UpdatedAt = write.Now,
                };
                request.ApplyTo(episode);
                return episode;
            })
            .Update<RecordLookedAfterEpisodeRequest>((request, today) => request.Validate(today), (request, episode, _) => Refusal.Of(request.ValidateAgainst(episode), () =>
            {
                episode.Child = request.Child!.Replacing(episode.Child);
                request.ApplyTo(episode);
            }))
            .Close<CloseLookedAfterEpisodeRequest>((request, episode, write) => Refusal.Of(request.Validate(write.Today, episode.StartDate), () =>
            {
                episode.EndDate = request.EndDate;
                episode.ReasonEnded = request.ReasonEnded;
            }))
            .Delete()
            .List<LookedAfterEpisodeListQuery>((episodes, query) =>
            {
                if (!string.IsNullOrWhiteSpace(query.LegalStatus))
                {
                    var legalStatus = query.LegalStatus.Trim();
                    episodes = episodes.Where(e => e.LegalStatus == legalStatus);
                }

                if (!string.IsNullOrWhiteSpace(query.PlacementType))
                {
                    var placementType = query.PlacementType.Trim();
                    episodes = episodes.Where(e => e.PlacementType == placementType);
                }

                if (query.From is { } from)
                {
                    episodes = episodes.Where(e => e.StartDate >= from);
                }

                return query.To is { } to ? episodes.Where(e => e.StartDate <= to) : episodes;
            });
        return app;
    }
}
