using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using ChildView.YouthOffending.Data;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChildView.YouthOffending.Outcomes;

public static class OffenceOutcomesApi
{
    private const string Collection = "/offence-outcomes";

    public static IEndpointRouteBuilder MapOffenceOutcomesApi(this IEndpointRouteBuilder app)
    {
        var outcomes = app.MapRecordGroup<OffenceOutcome>(Collection, "offence-outcome", "Offence outcomes");
        outcomes.MapPost("/", Record).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        outcomes.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        outcomes.MapPost("/{id:guid}/close", Close).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        outcomes.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        outcomes.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        outcomes.MapGet("/", List).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        app.MapPost("/admin/republish/offence-outcomes", Republish).WithTags("Administration").RequireAuthorization(ApiResources.YouthOffending.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<OffenceOutcomeResponse>, ValidationProblem>> Record(
        RecordOffenceOutcomeRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var outcome = new OffenceOutcome
        {
            Id = Guid.CreateVersion7(now),
            Child = request.Child!.ToDetails(),
            OffenceType = "",
            Outcome = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        request.ApplyTo(outcome);
        return await RecordEndpoints.CreateAsync(db, outcome, OffenceOutcomeEvents.Recorded(outcome, now), Collection, OffenceOutcomeResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<OffenceOutcomeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordOffenceOutcomeRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<OffenceOutcome, OffenceOutcomeResponse>(
            db,
            id,
            http,
            current => request.ValidateAgainst(current, today),
            outcome =>
            {
                outcome.ReplaceChild(request.Child!);
                request.ApplyTo(outcome);
                outcome.Touch(now);
            },
            outcome => OffenceOutcomeEvents.Changed(outcome, now),
            OffenceOutcomeResponse.From,
            cancellationToken);
    }

    /// <summary>The outcome has run its course (order completed, revoked or discharged).</summary>
    private static async Task<Results<Ok<OffenceOutcomeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseRecordRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<OffenceOutcome, OffenceOutcomeResponse>(
            db,
            id,
            http,
            current => request.Validate(today, current.OutcomeDate),
            outcome =>
            {
                outcome.EndDate = request.EndDate;
                outcome.Close(now);
            },
            outcome => OffenceOutcomeEvents.Changed(outcome, now),
            OffenceOutcomeResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<OffenceOutcomeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.DeleteAsync<OffenceOutcome, OffenceOutcomeResponse>(
            db, id, request, http, now, outcome => OffenceOutcomeEvents.Changed(outcome, now), OffenceOutcomeResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<OffenceOutcomeResponse>, NotFound>> Get(Guid id, YouthOffendingDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<OffenceOutcome, OffenceOutcomeResponse>(db, id, OffenceOutcomeResponse.From, response, cancellationToken);

    private static async Task<Results<Ok<Paged<OffenceOutcomeResponse>>, ValidationProblem>> List(
        [AsParameters] OffenceOutcomeListQuery query, YouthOffendingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .ValidatePaging(query.Page, query.PageSize)
            .OneOf("outcome", query.Outcome, OutcomeTypes.All, required: false)
            .When(query.OutcomeTo < query.OutcomeFrom, "outcomeTo", "Must not be before outcomeFrom.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var outcomes = db.OffenceOutcomes.AsNoTracking().WhereChild(query);
        if (query.Outcome is { } type)
        {
            outcomes = outcomes.Where(o => o.Outcome == type);
        }

        if (query.OutcomeFrom is { } from)
        {
            outcomes = outcomes.Where(o => o.OutcomeDate >= from);
        }

        if (query.OutcomeTo is { } to)
        {
            outcomes = outcomes.Where(o => o.OutcomeDate <= to);
        }

        return TypedResults.Ok(await outcomes.OrderBy(o => o.Id).ToPagedAsync(query.Page, query.PageSize, OffenceOutcomeResponse.From, cancellationToken));
    }

    private static async Task<Accepted<RepublishResponse>> Republish(YouthOffendingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync<OffenceOutcome>(db, OffenceOutcomeEvents.Changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse("offence-outcome", count));
    }
}
