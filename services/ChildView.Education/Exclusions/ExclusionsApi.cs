using ChildView.Contracts.Security;
using ChildView.Education.Common;
using ChildView.Education.Data;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Education.Exclusions;

/// <summary>Suspensions and permanent exclusions; no close action, because both dates are part of the record when it is made.</summary>
public static class ExclusionsApi
{
    private const string Route = "/exclusions";

    public static IEndpointRouteBuilder MapExclusionsApi(this IEndpointRouteBuilder app)
    {
        var exclusions = app.MapRecordGroup<Exclusion>(Route, "exclusion", "Suspensions and exclusions");
        exclusions.MapPost("/", Create).RequireAuthorization(ApiResources.Education.WriteScope!);
        exclusions.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.Education.WriteScope!);
        exclusions.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.Education.WriteScope!);
        exclusions.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.Education.ReadScope);
        exclusions.MapGet("/", List).RequireAuthorization(ApiResources.Education.ReadScope);
        app.MapPost("/admin/republish/exclusions", Republish).WithTags("Administration").RequireAuthorization(ApiResources.Education.AdminScope!);
        return app;
    }

    private static void Apply(Exclusion exclusion, ExclusionRequest request)
    {
        exclusion.Category = request.Category!;
        exclusion.Reason = request.Reason!;
        exclusion.StartDate = request.StartDate!.Value;
        exclusion.EndDate = request.EndDate;
        exclusion.Sessions = request.Sessions;
    }

    private static async Task<Results<Created<ExclusionResponse>, ValidationProblem>> Create(
        ExclusionRequest request, EducationDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (await RecordEndpoints.PupilChildAsync(db, request.PupilId!.Value, cancellationToken) is not { } child)
        {
            return RecordEndpoints.NoSuchPupil();
        }

        var exclusion = new Exclusion
        {
            Id = Guid.CreateVersion7(now), PupilId = request.PupilId.Value, Child = child, Category = request.Category!, Reason = request.Reason!, CreatedAt = now, UpdatedAt = now,
        };
        Apply(exclusion, request);
        return await RecordEndpoints.CreateAsync(db, exclusion, ExclusionEvents.Recorded(exclusion, now), Route, ExclusionResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<ExclusionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, ExclusionRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await RecordEndpoints.ChangeAsync(id, db, http, now, (Exclusion exclusion) =>
        {
            if (request.PupilId != exclusion.PupilId)
            {
                return new ValidationErrors().Add("pupilId", "A record cannot move to another pupil; delete it and record a new one.");
            }

            Apply(exclusion, request);
            exclusion.Touch(now);
            return new ValidationErrors();
        }, ExclusionEvents.Changed, ExclusionResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<ExclusionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        RecordEndpoints.DeleteAsync<Exclusion, ExclusionResponse>(id, request, db, clock, http, ExclusionEvents.Changed, ExclusionResponse.From, cancellationToken);

    private static Task<Results<Ok<ExclusionResponse>, NotFound>> Get(Guid id, EducationDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<Exclusion, ExclusionResponse>(id, db, response, ExclusionResponse.From, cancellationToken);

    private static async Task<Results<Ok<Paged<ExclusionResponse>>, ValidationProblem>> List(
        [AsParameters] ExclusionListQuery query, EducationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().ValidatePaging(query.Page, query.PageSize);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var exclusions = db.Exclusions.AsNoTracking();
        if (query.PupilId is { } pupilId)
        {
            exclusions = exclusions.Where(e => e.PupilId == pupilId);
        }

        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            exclusions = exclusions.Where(e => e.Category == query.Category.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Reason))
        {
            exclusions = exclusions.Where(e => e.Reason == query.Reason.Trim());
        }

        return TypedResults.Ok(await exclusions.OrderBy(e => e.Id).ToPagedAsync(query.Page, query.PageSize, ExclusionResponse.From, cancellationToken));
    }

    private static Task<Accepted<RepublishResponse>> Republish(EducationDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RecordEndpoints.RepublishAsync<Exclusion>(db, "exclusion", ExclusionEvents.Changed, clock, cancellationToken);
}
