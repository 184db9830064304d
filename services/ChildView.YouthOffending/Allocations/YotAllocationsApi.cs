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

namespace ChildView.YouthOffending.Allocations;

public static class YotAllocationsApi
{
    private const string Collection = "/allocations";

    public static IEndpointRouteBuilder MapYotAllocationsApi(this IEndpointRouteBuilder app)
    {
        var allocations = app.MapRecordGroup<YotAllocation>(Collection, "yot-allocation", "YOT allocations");
        allocations.MapPost("/", Record).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        allocations.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        allocations.MapPost("/{id:guid}/close", Close).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        allocations.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        allocations.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        allocations.MapGet("/", List).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        app.MapPost("/admin/republish/allocations", Republish).WithTags("Administration").RequireAuthorization(ApiResources.YouthOffending.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<YotAllocationResponse>, ValidationProblem>> Record(
        AllocateRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var allocation = new YotAllocation { Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), OfficerId = "", OfficerName = "", TeamCode = "", CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(allocation);
        return await RecordEndpoints.CreateAsync(db, allocation, YotAllocationEvents.Recorded(allocation, now), Collection, YotAllocationResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<YotAllocationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, AllocateRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<YotAllocation, YotAllocationResponse>(
            db,
            id,
            http,
            _ => request.Validate(today),
            allocation =>
            {
                allocation.ReplaceChild(request.Child!);
                request.ApplyTo(allocation);
                allocation.Touch(now);
            },
            allocation => YotAllocationEvents.Changed(allocation, now),
            YotAllocationResponse.From,
            cancellationToken);
    }

    /// <summary>The allocation ends (case transferred to another officer, or closed to the YOT).</summary>
    private static async Task<Results<Ok<YotAllocationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, EndAllocationRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<YotAllocation, YotAllocationResponse>(
            db,
            id,
            http,
            current => request.Validate(today, current.FromDate),
            allocation =>
            {
                allocation.ToDate = request.ToDate;
                allocation.Close(now);
            },
            allocation => YotAllocationEvents.Changed(allocation, now),
            YotAllocationResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<YotAllocationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.DeleteAsync<YotAllocation, YotAllocationResponse>(
            db, id, request, http, now, allocation => YotAllocationEvents.Changed(allocation, now), YotAllocationResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<YotAllocationResponse>, NotFound>> Get(Guid id, YouthOffendingDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<YotAllocation, YotAllocationResponse>(db, id, YotAllocationResponse.From, response, cancellationToken);

    private static async Task<Results<Ok<Paged<YotAllocationResponse>>, ValidationProblem>> List(
        [AsParameters] YotAllocationListQuery query, YouthOffendingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().ValidatePaging(query.Page, query.PageSize);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var allocations = db.YotAllocations.AsNoTracking().WhereChild(query);
        if (!string.IsNullOrWhiteSpace(query.OfficerId))
        {
            var officer = query.OfficerId.Trim().ToLowerInvariant();
            allocations = allocations.Where(a => a.OfficerId == officer);
        }

        if (!string.IsNullOrWhiteSpace(query.TeamCode))
        {
            var team = query.TeamCode.Trim().ToUpperInvariant();
            allocations = allocations.Where(a => a.TeamCode == team);
        }

        if (query.ActiveOn is { } day)
        {
            allocations = allocations.Where(a => a.FromDate <= day && (a.ToDate == null || a.ToDate >= day));
        }

        return TypedResults.Ok(await allocations.OrderBy(a => a.Id).ToPagedAsync(query.Page, query.PageSize, YotAllocationResponse.From, cancellationToken));
    }

    private static async Task<Accepted<RepublishResponse>> Republish(YouthOffendingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync<YotAllocation>(db, YotAllocationEvents.Changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse("allocation", count));
    }
}
