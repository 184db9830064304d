using ChildView.Contracts.Security;
using ChildView.EarlyYears.Data;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChildView.EarlyYears.EarlyHelp;

public static class EarlyHelpEpisodesApi
{
    private const string Collection = "/early-help-episodes";

    public static IEndpointRouteBuilder MapEarlyHelpEpisodesApi(this IEndpointRouteBuilder app)
    {
        var episodes = app.MapRecordGroup<EarlyHelpEpisode>(Collection, "early-help-episode", "Early help episodes");
        episodes.MapPost("/", Open).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        episodes.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        episodes.MapPost("/{id:guid}/close", Close).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        episodes.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        episodes.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.EarlyYears.ReadScope);
        episodes.MapGet("/", List).RequireAuthorization(ApiResources.EarlyYears.ReadScope);
        app.MapPost("/admin/republish/early-help-episodes", Republish).WithTags("Administration").RequireAuthorization(ApiResources.EarlyYears.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<EarlyHelpEpisodeResponse>, ValidationProblem>> Open(
        OpenEarlyHelpEpisodeRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var episode = new EarlyHelpEpisode { Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), LeadPractitioner = "", CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(episode);
        return await RecordEndpoints.CreateAsync(db, episode, EarlyHelpEpisodeEvents.Recorded(episode, now), Collection, EarlyHelpEpisodeResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<EarlyHelpEpisodeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, OpenEarlyHelpEpisodeRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<EarlyHelpEpisode, EarlyHelpEpisodeResponse>(
            db,
            id,
            http,
            current => request.ValidateAgainst(current, today),
            episode =>
            {
                episode.ReplaceChild(request.Child!);
                request.ApplyTo(episode);
                episode.Touch(now);
            },
            episode => EarlyHelpEpisodeEvents.Changed(episode, now),
            EarlyHelpEpisodeResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<EarlyHelpEpisodeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseEarlyHelpEpisodeRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<EarlyHelpEpisode, EarlyHelpEpisodeResponse>(
            db,
            id,
            http,
            current => request.Validate(today, current),
            episode =>
            {
                episode.ClosureDate = request.ClosureDate;
                episode.ClosureOutcome = request.Outcome;
                episode.Close(now);
            },
            episode => EarlyHelpEpisodeEvents.Changed(episode, now),
            EarlyHelpEpisodeResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<EarlyHelpEpisodeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.DeleteAsync<EarlyHelpEpisode, EarlyHelpEpisodeResponse>(
            db, id, request, http, now, episode => EarlyHelpEpisodeEvents.Changed(episode, now), EarlyHelpEpisodeResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<EarlyHelpEpisodeResponse>, NotFound>> Get(Guid id, EarlyYearsDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<EarlyHelpEpisode, EarlyHelpEpisodeResponse>(db, id, EarlyHelpEpisodeResponse.From, response, cancellationToken);

    private static async Task<Results<Ok<Paged<EarlyHelpEpisodeResponse>>, ValidationProblem>> List(
        [AsParameters] EarlyHelpEpisodeListQuery query, EarlyYearsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .ValidatePaging(query.Page, query.PageSize)
            .OneOf("closureOutcome", query.ClosureOutcome, EarlyHelpOutcomes.All, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var episodes = db.EarlyHelpEpisodes.AsNoTracking().WhereChild(query);
        if (!string.IsNullOrWhiteSpace(query.LeadPractitioner))
        {
            var lead = query.LeadPractitioner.Trim();
            episodes = episodes.Where(e => e.LeadPractitioner == lead);
        }

        if (query.ClosureOutcome is { } outcome)
        {
            episodes = episodes.Where(e => e.ClosureOutcome == outcome);
        }

        return TypedResults.Ok(await episodes.OrderBy(e => e.Id).ToPagedAsync(query.Page, query.PageSize, EarlyHelpEpisodeResponse.From, cancellationToken));
    }

    private static async Task<Accepted<RepublishResponse>> Republish(EarlyYearsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync<EarlyHelpEpisode>(db, EarlyHelpEpisodeEvents.Changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse("early-help-episode", count));
    }
}
