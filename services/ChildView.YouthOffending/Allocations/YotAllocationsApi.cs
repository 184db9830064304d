using ChildView.Contracts.Security;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using ChildView.YouthOffending.Data;
using ChildView.ServiceKit.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChildView.YouthOffending.Allocations;

/// <summary>
/// YOT allocations decide who may see a child, so every create, correction, close and delete is checked
/// by <see cref="AllocationAuthority"/> (the policy's allocation block) before it is written.
/// </summary>
public static class YotAllocationsApi
{
    private const string Collection = "/allocations";

    public static IEndpointRouteBuilder MapYotAllocationsApi(this IEndpointRouteBuilder app)
    {
        var allocations = app.MapGroup(Collection).WithTags("YOT allocations");
        allocations.MapPost("/", Record).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        allocations.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        allocations.MapPost("/{id:guid}/close", Close).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        allocations.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        allocations.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        allocations.MapGet("/", List).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        app.MapPost("/admin/republish/allocations", Republish).WithTags("Administration").RequireAuthorization(ApiResources.YouthOffending.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<YotAllocationResponse>, ValidationProblem, ProblemHttpResult>> Record(
        AllocateRequest request, YouthOffendingDbContext db, AllocationAuthority authority, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var decision = await authority.AllocateAsync(http.User, request.TeamCode!, request.OfficerId!, cancellationToken);
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }

        var allocation = new YotAllocation { Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), OfficerId = "", OfficerName = "", TeamCode = "", CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(allocation, decision);
        var created = await RecordEndpoints.CreateAsync(db, allocation, YotAllocationEvents.Recorded(allocation, now), Collection, YotAllocationResponse.From, http.Response, cancellationToken);
        return created.Result is Created<YotAllocationResponse> done ? done : (ValidationProblem)created.Result;
    }

    private static async Task<Results<Ok<YotAllocationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, AllocateRequest request, YouthOffendingDbContext db, AllocationAuthority authority, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (request.Validate(today) is { IsValid: false } errors)
        {
            return errors.ToProblem();
        }

        // Loaded (and tracked) first, so the change below is made to the very version that was checked.
        if (await db.YotAllocations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } current)
        {
            return TypedResults.NotFound();
        }

        var decision = await authority.CorrectAsync(http.User, current.TeamCode, request.TeamCode!, request.OfficerId!, cancellationToken);
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }

        return await RecordEndpoints.ChangeAsync<YotAllocation, YotAllocationResponse>(
            db,
            id,
            http,
            null,
            allocation =>
            {
                allocation.ReplaceChild(request.Child!);
                request.ApplyTo(allocation, decision);
                allocation.Touch(now);
            },
            allocation => YotAllocationEvents.Changed(allocation, now),
            YotAllocationResponse.From,
            cancellationToken);
    }

    /// <summary>The allocation ends (case transferred to another officer, or closed to the YOT).</summary>
    private static async Task<Results<Ok<YotAllocationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, EndAllocationRequest request, YouthOffendingDbContext db, AllocationAuthority authority, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (await EndRefusalAsync(db, id, authority, http, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<YotAllocation, YotAllocationResponse>(
            db,
            id,
            http,
            current => request.Validate(today, current.FromDate).NotAlreadyClosed(current),
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
        Guid id, [FromBody] DeleteRecordRequest request, YouthOffendingDbContext db, AllocationAuthority authority, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (await EndRefusalAsync(db, id, authority, http, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        return await RecordEndpoints.DeleteAsync<YotAllocation, YotAllocationResponse>(
            db, id, request, http, now, allocation => YotAllocationEvents.Changed(allocation, now), YotAllocationResponse.From, cancellationToken);
    }

    /// <summary>Why the caller may not close or delete the allocation; null when they may, or when it is not there to see (the change then answers 404).</summary>
    private static async Task<ProblemHttpResult?> EndRefusalAsync(YouthOffendingDbContext db, Guid id, AllocationAuthority authority, HttpContext http, CancellationToken cancellationToken) =>
        await db.YotAllocations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } current
            ? authority.End(http.User, current.TeamCode).Refusal
            : null;

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
