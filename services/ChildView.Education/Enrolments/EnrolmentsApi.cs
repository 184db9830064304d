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

namespace ChildView.Education.Enrolments;

public static class EnrolmentsApi
{
    private const string Route = "/enrolments";

    public static IEndpointRouteBuilder MapEnrolmentsApi(this IEndpointRouteBuilder app)
    {
        var enrolments = app.MapRecordGroup<Enrolment>(Route, "enrolment", "Enrolments");
        enrolments.MapPost("/", Create).RequireAuthorization(ApiResources.Education.WriteScope!);
        enrolments.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.Education.WriteScope!);
        enrolments.MapPost("/{id:guid}/close", Close).RequireAuthorization(ApiResources.Education.WriteScope!);
        enrolments.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.Education.WriteScope!);
        enrolments.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.Education.ReadScope);
        enrolments.MapGet("/", List).RequireAuthorization(ApiResources.Education.ReadScope);
        app.MapPost("/admin/republish/enrolments", Republish).WithTags("Administration").RequireAuthorization(ApiResources.Education.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<EnrolmentResponse>, ValidationProblem>> Create(
        EnrolmentRequest request, EducationDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
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

        var enrolment = new Enrolment
        {
            Id = Guid.CreateVersion7(now),
            PupilId = request.PupilId.Value,
            Child = child,
            Urn = request.Urn!.Trim(),
            Laestab = request.Laestab!.Trim(),
            EnrolmentStatus = request.EnrolmentStatus!,
            CreatedAt = now,
            UpdatedAt = now,
        };
        enrolment.SetPeriod(request.StartDate!.Value, request.LeaveDate);
        return await RecordEndpoints.CreateAsync(db, enrolment, EnrolmentEvents.Recorded(enrolment, now), Route, EnrolmentResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<EnrolmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, EnrolmentRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await RecordEndpoints.ChangeAsync(id, db, http, now, (Enrolment enrolment) =>
        {
            if (request.PupilId != enrolment.PupilId)
            {
                return new ValidationErrors().Add("pupilId", "An enrolment cannot move to another pupil; delete it and record a new one.");
            }

            enrolment.Urn = request.Urn!.Trim();
            enrolment.Laestab = request.Laestab!.Trim();
            enrolment.EnrolmentStatus = request.EnrolmentStatus!;
            enrolment.SetPeriod(request.StartDate!.Value, request.LeaveDate);
            enrolment.Touch(now);
            return new ValidationErrors();
        }, EnrolmentEvents.Changed, EnrolmentResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<EnrolmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, LeaveEnrolmentRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.ChangeAsync(id, db, http, now, (Enrolment enrolment) =>
        {
            var errors = request.Validate(enrolment.StartDate, DateOnly.FromDateTime(now.UtcDateTime));
            if (errors.IsValid)
            {
                enrolment.SetPeriod(enrolment.StartDate, request.LeaveDate);
                enrolment.Touch(now);
            }

            return errors;
        }, EnrolmentEvents.Changed, EnrolmentResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<EnrolmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        RecordEndpoints.DeleteAsync<Enrolment, EnrolmentResponse>(id, request, db, clock, http, EnrolmentEvents.Changed, EnrolmentResponse.From, cancellationToken);

    private static Task<Results<Ok<EnrolmentResponse>, NotFound>> Get(Guid id, EducationDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<Enrolment, EnrolmentResponse>(id, db, response, EnrolmentResponse.From, cancellationToken);

    private static async Task<Results<Ok<Paged<EnrolmentResponse>>, ValidationProblem>> List(
        [AsParameters] EnrolmentListQuery query, EducationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().ValidatePaging(query.Page, query.PageSize);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var enrolments = db.Enrolments.AsNoTracking();
        if (query.PupilId is { } pupilId)
        {
            enrolments = enrolments.Where(e => e.PupilId == pupilId);
        }

        if (!string.IsNullOrWhiteSpace(query.Urn))
        {
            enrolments = enrolments.Where(e => e.Urn == query.Urn.Trim());
        }

        if (query.State is { } state)
        {
            enrolments = enrolments.Where(e => e.State == state);
        }

        return TypedResults.Ok(await enrolments.OrderBy(e => e.Id).ToPagedAsync(query.Page, query.PageSize, EnrolmentResponse.From, cancellationToken));
    }

    private static Task<Accepted<RepublishResponse>> Republish(EducationDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RecordEndpoints.RepublishAsync<Enrolment>(db, "enrolment", EnrolmentEvents.Changed, clock, cancellationToken);
}
