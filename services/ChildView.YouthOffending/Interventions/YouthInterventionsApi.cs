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

namespace ChildView.YouthOffending.Interventions;

public static class YouthInterventionsApi
{
    private const string Collection = "/interventions";

    public static IEndpointRouteBuilder MapYouthInterventionsApi(this IEndpointRouteBuilder app)
    {
        var interventions = app.MapRecordGroup<YouthIntervention>(Collection, "youth-intervention", "Interventions");
        interventions.MapPost("/", Record).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        interventions.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        interventions.MapPost("/{id:guid}/close", Close).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        interventions.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        interventions.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        interventions.MapGet("/", List).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        app.MapPost("/admin/republish/interventions", Republish).WithTags("Administration").RequireAuthorization(ApiResources.YouthOffending.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<YouthInterventionResponse>, ValidationProblem>> Record(
        RecordInterventionRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var intervention = new YouthIntervention { Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), InterventionType = "", CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(intervention);
        return await RecordEndpoints.CreateAsync(db, intervention, YouthInterventionEvents.Recorded(intervention, now), Collection, YouthInterventionResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<YouthInterventionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordInterventionRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<YouthIntervention, YouthInterventionResponse>(
            db,
            id,
            http,
            _ => request.Validate(today),
            intervention =>
            {
                intervention.ReplaceChild(request.Child!);
                request.ApplyTo(intervention);
                intervention.Touch(now);
            },
            intervention => YouthInterventionEvents.Changed(intervention, now),
            YouthInterventionResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<YouthInterventionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseRecordRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<YouthIntervention, YouthInterventionResponse>(
            db,
            id,
            http,
            current => request.Validate(today, current.StartDate),
            intervention =>
            {
                intervention.EndDate = request.EndDate;
                intervention.Close(now);
            },
            intervention => YouthInterventionEvents.Changed(intervention, now),
            YouthInterventionResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<YouthInterventionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.DeleteAsync<YouthIntervention, YouthInterventionResponse>(
            db, id, request, http, now, intervention => YouthInterventionEvents.Changed(intervention, now), YouthInterventionResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<YouthInterventionResponse>, NotFound>> Get(Guid id, YouthOffendingDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<YouthIntervention, YouthInterventionResponse>(db, id, YouthInterventionResponse.From, response, cancellationToken);

    private static async Task<Results<Ok<Paged<YouthInterventionResponse>>, ValidationProblem>> List(
        [AsParameters] YouthInterventionListQuery query, YouthOffendingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .ValidatePaging(query.Page, query.PageSize)
            .OneOf("interventionType", query.InterventionType, InterventionTypes.All, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var interventions = db.YouthInterventions.AsNoTracking().WhereChild(query);
        if (query.InterventionType is { } type)
        {
            interventions = interventions.Where(i => i.InterventionType == type);
        }

        if (query.ActiveOn is { } day)
        {
            interventions = interventions.Where(i => i.StartDate <= day && (i.EndDate == null || i.EndDate >= day));
        }

        return TypedResults.Ok(await interventions.OrderBy(i => i.Id).ToPagedAsync(query.Page, query.PageSize, YouthInterventionResponse.From, cancellationToken));
    }

    private static async Task<Accepted<RepublishResponse>> Republish(YouthOffendingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync<YouthIntervention>(db, YouthInterventionEvents.Changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse("intervention", count));
    }
}
