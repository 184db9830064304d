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

namespace ChildView.EarlyYears.Entitlements;

public static class FundedEntitlementsApi
{
    private const string Collection = "/funded-entitlements";

    public static IEndpointRouteBuilder MapFundedEntitlementsApi(this IEndpointRouteBuilder app)
    {
        var entitlements = app.MapRecordGroup<FundedEntitlement>(Collection, "funded-entitlement", "Funded entitlements");
        entitlements.MapPost("/", Record).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        entitlements.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        entitlements.MapPost("/{id:guid}/close", Close).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        entitlements.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        entitlements.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.EarlyYears.ReadScope);
        entitlements.MapGet("/", List).RequireAuthorization(ApiResources.EarlyYears.ReadScope);
        app.MapPost("/admin/republish/funded-entitlements", Republish).WithTags("Administration").RequireAuthorization(ApiResources.EarlyYears.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<FundedEntitlementResponse>, ValidationProblem>> Record(
        RecordFundedEntitlementRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var entitlement = new FundedEntitlement { Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), EntitlementType = "", CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(entitlement);
        return await RecordEndpoints.CreateAsync(db, entitlement, FundedEntitlementEvents.Recorded(entitlement, now), Collection, FundedEntitlementResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<FundedEntitlementResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordFundedEntitlementRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<FundedEntitlement, FundedEntitlementResponse>(
            db,
            id,
            http,
            _ => request.Validate(today),
            entitlement =>
            {
                entitlement.ReplaceChild(request.Child!);
                request.ApplyTo(entitlement);
                entitlement.Touch(now);
            },
            entitlement => FundedEntitlementEvents.Changed(entitlement, now),
            FundedEntitlementResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<FundedEntitlementResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseRecordRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<FundedEntitlement, FundedEntitlementResponse>(
            db,
            id,
            http,
            current => request.Validate(today, current.StartDate),
            entitlement =>
            {
                entitlement.EndDate = request.EndDate;
                entitlement.Close(now);
            },
            entitlement => FundedEntitlementEvents.Changed(entitlement, now),
            FundedEntitlementResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<FundedEntitlementResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.DeleteAsync<FundedEntitlement, FundedEntitlementResponse>(
            db, id, request, http, now, entitlement => FundedEntitlementEvents.Changed(entitlement, now), FundedEntitlementResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<FundedEntitlementResponse>, NotFound>> Get(Guid id, EarlyYearsDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<FundedEntitlement, FundedEntitlementResponse>(db, id, FundedEntitlementResponse.From, response, cancellationToken);

    private static async Task<Results<Ok<Paged<FundedEntitlementResponse>>, ValidationProblem>> List(
        [AsParameters] FundedEntitlementListQuery query, EarlyYearsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .ValidatePaging(query.Page, query.PageSize)
            .OneOf("entitlementType", query.EntitlementType, EntitlementTypes.All, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var entitlements = db.FundedEntitlements.AsNoTracking().WhereChild(query);
        if (query.EntitlementType is { } type)
        {
            entitlements = entitlements.Where(e => e.EntitlementType == type);
        }

        if (query.ActiveOn is { } day)
        {
            entitlements = entitlements.Where(e => e.StartDate <= day && (e.EndDate == null || e.EndDate >= day));
        }

        return TypedResults.Ok(await entitlements.OrderBy(e => e.Id).ToPagedAsync(query.Page, query.PageSize, FundedEntitlementResponse.From, cancellationToken));
    }

    private static async Task<Accepted<RepublishResponse>> Republish(EarlyYearsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync<FundedEntitlement>(db, FundedEntitlementEvents.Changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse("funded-entitlement", count));
    }
}
