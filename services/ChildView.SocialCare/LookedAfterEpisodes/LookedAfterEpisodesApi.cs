using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.SocialCare.LookedAfterEpisodes;

public static class LookedAfterEpisodesApi
{
    private static readonly RecordEndpoints<LookedAfterEpisode, LookedAfterEpisodeResponse> Records =
        new("/looked-after-episodes", "looked-after-episode", LookedAfterEpisodeResponse.From, LookedAfterEpisodeEvents.Recorded, LookedAfterEpisodeEvents.Changed);

    public static IEndpointRouteBuilder MapLookedAfterEpisodesApi(this IEndpointRouteBuilder app)
    {
        var episodes = Records.Map(app, "Looked-after episodes");
        episodes.MapPost("/", Record).RequireAuthorization(RecordEndpoints<LookedAfterEpisode, LookedAfterEpisodeResponse>.WriteScope);
        episodes.MapGet("/", List).RequireAuthorization(RecordEndpoints<LookedAfterEpisode, LookedAfterEpisodeResponse>.ReadScope);
        episodes.MapPut("/{id:guid}", Update).RequireAuthorization(RecordEndpoints<LookedAfterEpisode, LookedAfterEpisodeResponse>.WriteScope);
        episodes.MapPost("/{id:guid}/close", Close).RequireAuthorization(RecordEndpoints<LookedAfterEpisode, LookedAfterEpisodeResponse>.WriteScope);
        return app;
    }

    private static async Task<Results<Created<LookedAfterEpisodeResponse>, ValidationProblem>> Record(
        RecordLookedAfterEpisodeRequest request, SocialCareDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var episode = new LookedAfterEpisode
        {
            Id = Guid.CreateVersion7(now),
            Child = request.Child!.ToDetails(),
            ReasonForNewEpisode = request.ReasonForNewEpisode!,
            LegalStatus = request.LegalStatus!,
            PlacementType = request.PlacementType!,
            PlacementProvider = request.PlacementProvider!,
            CreatedAt = now,
            UpdatedAt = now,
        };
        request.ApplyTo(episode);
        return await Records.CreateAsync(db, episode, now, response, cancellationToken);
    }

    private static async Task<Results<Ok<LookedAfterEpisodeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordLookedAfterEpisodeRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await Records.UpdateAsync(db, id, http, now, request.ValidateAgainst, episode =>
        {
            episode.Child = request.Child!.Replacing(episode.Child);
            request.ApplyTo(episode);
        }, cancellationToken);
    }

    private static Task<Results<Ok<LookedAfterEpisodeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseLookedAfterEpisodeRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return Records.CloseAsync(
            db, id, http, now,
            episode => request.Validate(DateOnly.FromDateTime(now.UtcDateTime), episode.StartDate),
            episode =>
            {
                episode.EndDate = request.EndDate;
                episode.ReasonEnded = request.ReasonEnded;
            },
            cancellationToken);
    }

    private static Task<Results<Ok<Paged<LookedAfterEpisodeResponse>>, ValidationProblem>> List(
        [AsParameters] LookedAfterEpisodeListQuery query, SocialCareDbContext db, CancellationToken cancellationToken) =>
        Records.ListAsync(
            db, query,
            episodes =>
            {
                if (!string.IsNullOrWhiteSpace(query.LegalStatus))
                {
                    episodes = episodes.Where(e => e.LegalStatus == query.LegalStatus.Trim());
                }

                if (!string.IsNullOrWhiteSpace(query.PlacementType))
                {
                    episodes = episodes.Where(e => e.PlacementType == query.PlacementType.Trim());
                }

                if (query.From is { } from)
                {
                    episodes = episodes.Where(e => e.StartDate >= from);
                }

                if (query.To is { } to)
                {
                    episodes = episodes.Where(e => e.StartDate <= to);
                }

                return episodes;
            },
            cancellationToken,
            new ValidationErrors().ValidateRange(query.From, query.To));
}
