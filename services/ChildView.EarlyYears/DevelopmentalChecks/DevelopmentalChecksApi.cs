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

namespace ChildView.EarlyYears.DevelopmentalChecks;

/// <summary>2-year developmental checks. A check is a point in time with no end, so there is no close.</summary>
public static class DevelopmentalChecksApi
{
    private const string Collection = "/developmental-checks";

    public static IEndpointRouteBuilder MapDevelopmentalChecksApi(this IEndpointRouteBuilder app)
    {
        var checks = app.MapRecordGroup<DevelopmentalCheck>(Collection, "developmental-check", "Developmental checks");
        checks.MapPost("/", Record).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        checks.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        checks.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        checks.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.EarlyYears.ReadScope);
        checks.MapGet("/", List).RequireAuthorization(ApiResources.EarlyYears.ReadScope);
        app.MapPost("/admin/republish/developmental-checks", Republish).WithTags("Administration").RequireAuthorization(ApiResources.EarlyYears.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<DevelopmentalCheckResponse>, ValidationProblem>> Record(
        RecordDevelopmentalCheckRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var check = new DevelopmentalCheck
        {
            Id = Guid.CreateVersion7(now),
            Child = request.Child!.ToDetails(),
            Communication = "",
            GrossMotor = "",
            FineMotor = "",
            ProblemSolving = "",
            PersonalSocial = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        request.ApplyTo(check);
        return await RecordEndpoints.CreateAsync(db, check, DevelopmentalCheckEvents.Recorded(check, now), Collection, DevelopmentalCheckResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<DevelopmentalCheckResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordDevelopmentalCheckRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<DevelopmentalCheck, DevelopmentalCheckResponse>(
            db,
            id,
            http,
            _ => request.Validate(today),
            check =>
            {
                check.ReplaceChild(request.Child!);
                request.ApplyTo(check);
                check.Touch(now);
            },
            check => DevelopmentalCheckEvents.Changed(check, now),
            DevelopmentalCheckResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<DevelopmentalCheckResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.DeleteAsync<DevelopmentalCheck, DevelopmentalCheckResponse>(
            db, id, request, http, now, check => DevelopmentalCheckEvents.Changed(check, now), DevelopmentalCheckResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<DevelopmentalCheckResponse>, NotFound>> Get(Guid id, EarlyYearsDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<DevelopmentalCheck, DevelopmentalCheckResponse>(db, id, DevelopmentalCheckResponse.From, response, cancellationToken);

    private static async Task<Results<Ok<Paged<DevelopmentalCheckResponse>>, ValidationProblem>> List(
        [AsParameters] DevelopmentalCheckListQuery query, EarlyYearsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .ValidatePaging(query.Page, query.PageSize)
            .When(query.CheckedTo < query.CheckedFrom, "checkedTo", "Must not be before checkedFrom.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var checks = db.DevelopmentalChecks.AsNoTracking().WhereChild(query);
        if (query.CheckedFrom is { } from)
        {
            checks = checks.Where(c => c.CheckDate >= from);
        }

        if (query.CheckedTo is { } to)
        {
            checks = checks.Where(c => c.CheckDate <= to);
        }

        return TypedResults.Ok(await checks.OrderBy(c => c.Id).ToPagedAsync(query.Page, query.PageSize, DevelopmentalCheckResponse.From, cancellationToken));
    }

    private static async Task<Accepted<RepublishResponse>> Republish(EarlyYearsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync<DevelopmentalCheck>(db, DevelopmentalCheckEvents.Changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse("developmental-check", count));
    }
}
