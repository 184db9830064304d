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

namespace ChildView.Education.FreeSchoolMeals;

public static class FreeSchoolMealsApi
{
    private const string Route = "/free-school-meals";

    public static IEndpointRouteBuilder MapFreeSchoolMealsApi(this IEndpointRouteBuilder app)
    {
        var eligibilities = app.MapRecordGroup<FreeSchoolMealsEligibility>(Route, "free-school-meals", "Free school meals");
        eligibilities.MapPost("/", Create).RequireAuthorization(ApiResources.Education.WriteScope!);
        eligibilities.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.Education.WriteScope!);
        eligibilities.MapPost("/{id:guid}/close", Close).RequireAuthorization(ApiResources.Education.WriteScope!);
        eligibilities.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.Education.WriteScope!);
        eligibilities.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.Education.ReadScope);
        eligibilities.MapGet("/", List).RequireAuthorization(ApiResources.Education.ReadScope);
        app.MapPost("/admin/republish/free-school-meals", Republish).WithTags("Administration").RequireAuthorization(ApiResources.Education.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<FreeSchoolMealsResponse>, ValidationProblem>> Create(
        FreeSchoolMealsRequest request, EducationDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
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

        var eligibility = new FreeSchoolMealsEligibility
        {
            Id = Guid.CreateVersion7(now), PupilId = request.PupilId.Value, Child = child, CreatedAt = now, UpdatedAt = now,
        };
        eligibility.SetPeriod(request.StartDate!.Value, request.EndDate);
        return await RecordEndpoints.CreateAsync(db, eligibility, FreeSchoolMealsEvents.Recorded(eligibility, now), Route, FreeSchoolMealsResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<FreeSchoolMealsResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, FreeSchoolMealsRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await RecordEndpoints.ChangeAsync(id, db, http, now, (FreeSchoolMealsEligibility eligibility) =>
        {
            if (request.PupilId != eligibility.PupilId)
            {
                return new ValidationErrors().Add("pupilId", "A record cannot move to another pupil; delete it and record a new one.");
            }

            eligibility.SetPeriod(request.StartDate!.Value, request.EndDate);
            eligibility.Touch(now);
            return new ValidationErrors();
        }, FreeSchoolMealsEvents.Changed, FreeSchoolMealsResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<FreeSchoolMealsResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseRecordRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.ChangeAsync(id, db, http, now, (FreeSchoolMealsEligibility eligibility) =>
        {
            var errors = request.Validate(eligibility.StartDate, DateOnly.FromDateTime(now.UtcDateTime));
            if (errors.IsValid)
            {
                eligibility.SetPeriod(eligibility.StartDate, request.EndDate);
                eligibility.Touch(now);
            }

            return errors;
        }, FreeSchoolMealsEvents.Changed, FreeSchoolMealsResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<FreeSchoolMealsResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        RecordEndpoints.DeleteAsync<FreeSchoolMealsEligibility, FreeSchoolMealsResponse>(id, request, db, clock, http, FreeSchoolMealsEvents.Changed, FreeSchoolMealsResponse.From, cancellationToken);

    private static Task<Results<Ok<FreeSchoolMealsResponse>, NotFound>> Get(Guid id, EducationDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<FreeSchoolMealsEligibility, FreeSchoolMealsResponse>(id, db, response, FreeSchoolMealsResponse.From, cancellationToken);

    private static async Task<Results<Ok<Paged<FreeSchoolMealsResponse>>, ValidationProblem>> List(
        [AsParameters] FreeSchoolMealsListQuery query, EducationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().ValidatePaging(query.Page, query.PageSize);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var eligibilities = db.FreeSchoolMeals.AsNoTracking();
        if (query.PupilId is { } pupilId)
        {
            eligibilities = eligibilities.Where(p => p.PupilId == pupilId);
        }

        if (query.State is { } state)
        {
            eligibilities = eligibilities.Where(p => p.State == state);
        }

        return TypedResults.Ok(await eligibilities.OrderBy(p => p.Id).ToPagedAsync(query.Page, query.PageSize, FreeSchoolMealsResponse.From, cancellationToken));
    }

    private static Task<Accepted<RepublishResponse>> Republish(EducationDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RecordEndpoints.RepublishAsync<FreeSchoolMealsEligibility>(db, "free-school-meals", FreeSchoolMealsEvents.Changed, clock, cancellationToken);
}
