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

namespace ChildView.Education.SenProvisions;

public static class SenProvisionsApi
{
    private const string Route = "/sen-provisions";

    public static IEndpointRouteBuilder MapSenProvisionsApi(this IEndpointRouteBuilder app)
    {
        var provisions = app.MapRecordGroup<SenProvision>(Route, "sen-provision", "SEN provision");
        provisions.MapPost("/", Create).RequireAuthorization(ApiResources.Education.WriteScope!);
        provisions.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.Education.WriteScope!);
        provisions.MapPost("/{id:guid}/close", Close).RequireAuthorization(ApiResources.Education.WriteScope!);
        provisions.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.Education.WriteScope!);
        provisions.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.Education.ReadScope);
        provisions.MapGet("/", List).RequireAuthorization(ApiResources.Education.ReadScope);
        app.MapPost("/admin/republish/sen-provisions", Republish).WithTags("Administration").RequireAuthorization(ApiResources.Education.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<SenProvisionResponse>, ValidationProblem>> Create(
        SenProvisionRequest request, EducationDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
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

        var provision = new SenProvision
        {
            Id = Guid.CreateVersion7(now), PupilId = request.PupilId.Value, Child = child, Provision = request.Provision!, CreatedAt = now, UpdatedAt = now,
        };
        provision.SetPeriod(request.StartDate!.Value, request.EndDate);
        return await RecordEndpoints.CreateAsync(db, provision, SenProvisionEvents.Recorded(provision, now), Route, SenProvisionResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<SenProvisionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, SenProvisionRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await RecordEndpoints.ChangeAsync(id, db, http, now, (SenProvision provision) =>
        {
            if (request.PupilId != provision.PupilId)
            {
                return new ValidationErrors().Add("pupilId", "A record cannot move to another pupil; delete it and record a new one.");
            }

            provision.Provision = request.Provision!;
            provision.SetPeriod(request.StartDate!.Value, request.EndDate);
            provision.Touch(now);
            return new ValidationErrors();
        }, SenProvisionEvents.Changed, SenProvisionResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<SenProvisionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseRecordRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.ChangeAsync(id, db, http, now, (SenProvision provision) =>
        {
            var errors = request.Validate(provision.StartDate, DateOnly.FromDateTime(now.UtcDateTime));
            if (errors.IsValid)
            {
                provision.SetPeriod(provision.StartDate, request.EndDate);
                provision.Touch(now);
            }

            return errors;
        }, SenProvisionEvents.Changed, SenProvisionResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<SenProvisionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        RecordEndpoints.DeleteAsync<SenProvision, SenProvisionResponse>(id, request, db, clock, http, SenProvisionEvents.Changed, SenProvisionResponse.From, cancellationToken);

    private static Task<Results<Ok<SenProvisionResponse>, NotFound>> Get(Guid id, EducationDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<SenProvision, SenProvisionResponse>(id, db, response, SenProvisionResponse.From, cancellationToken);

    private static async Task<Results<Ok<Paged<SenProvisionResponse>>, ValidationProblem>> List(
        [AsParameters] SenProvisionListQuery query, EducationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().ValidatePaging(query.Page, query.PageSize);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var provisions = db.SenProvisions.AsNoTracking();
        if (query.PupilId is { } pupilId)
        {
            provisions = provisions.Where(p => p.PupilId == pupilId);
        }

        if (!string.IsNullOrWhiteSpace(query.Provision))
        {
            provisions = provisions.Where(p => p.Provision == query.Provision.Trim());
        }

        if (query.State is { } state)
        {
            provisions = provisions.Where(p => p.State == state);
        }

        return TypedResults.Ok(await provisions.OrderBy(p => p.Id).ToPagedAsync(query.Page, query.PageSize, SenProvisionResponse.From, cancellationToken));
    }

    private static Task<Accepted<RepublishResponse>> Republish(EducationDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RecordEndpoints.RepublishAsync<SenProvision>(db, "sen-provision", SenProvisionEvents.Changed, clock, cancellationToken);
}
