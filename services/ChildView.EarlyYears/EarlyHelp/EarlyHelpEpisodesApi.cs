using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Validation;

namespace ChildView.EarlyYears.EarlyHelp;

public static class EarlyHelpEpisodesApi
{
    public static IEndpointRouteBuilder MapEarlyHelpEpisodesApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<EarlyHelpEpisode, EarlyHelpEpisodeResponse>(
                ApiResources.EarlyYears, "/early-help-episodes", "early-help-episode", "Early help episodes", EarlyHelpEpisodeResponse.From,
                EarlyHelpEpisodeEvents.Recorded, EarlyHelpEpisodeEvents.Changed))
            .Create<OpenEarlyHelpEpisodeRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var episode = new EarlyHelpEpisode { Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), LeadPractitioner = "", CreatedAt = write.Now, UpdatedAt = write.Now };
                request.ApplyTo(episode);
                return episode;
            })
            .Update<OpenEarlyHelpEpisodeRequest>((_, _) => new ValidationErrors(), (request, episode, write) => Refusal.Of(request.ValidateAgainst(episode, write.Today), () =>
            {
                episode.Child = request.Child!.Replacing(episode.Child);
                request.ApplyTo(episode);
            }))
            .Close<CloseEarlyHelpEpisodeRequest>((request, episode, write) => Refusal.Of(request.Validate(write.Today, episode), () =>
            {
                episode.ClosureDate = request.ClosureDate;
                episode.ClosureOutcome = request.Outcome;
            }))
            .Delete()
            .List<EarlyHelpEpisodeListQuery>((episodes, query) =>
            {
                if (!string.IsNullOrWhiteSpace(query.LeadPractitioner))
                {
                    var lead = query.LeadPractitioner.Trim();
                    episodes = episodes.Where(e => e.LeadPractitioner == lead);
                }

                return query.ClosureOutcome is { } outcome ? episodes.Where(e => e.ClosureOutcome == outcome) : episodes;
            });
        return app;
    }
}
