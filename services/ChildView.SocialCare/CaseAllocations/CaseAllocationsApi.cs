using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChildView.SocialCare.CaseAllocations;

/// <summary>
/// Case allocations decide who may see a child, so every create, correction, close and delete is
/// checked by <see cref="AllocationAuthority"/> (the policy's allocation block) before it is written.
/// </summary>
public static class CaseAllocationsApi
{
    private static readonly RecordEndpoints<CaseAllocation, CaseAllocationResponse> Records =
        new("/case-allocations", "case-allocation", CaseAllocationResponse.From, CaseAllocationEvents.Recorded, CaseAllocationEvents.Changed);

    public static IEndpointRouteBuilder MapCaseAllocationsApi(this IEndpointRouteBuilder app)
    {
        var allocations = Records.Map(app, "Case allocations", mapDelete: false);
        allocations.MapPost("/", Record).RequireAuthorization(RecordEndpoints<CaseAllocation, CaseAllocationResponse>.WriteScope);
        allocations.MapGet("/", List).RequireAuthorization(RecordEndpoints<CaseAllocation, CaseAllocationResponse>.ReadScope);
        allocations.MapPut("/{id:guid}", Update).RequireAuthorization(RecordEndpoints<CaseAllocation, CaseAllocationResponse>.WriteScope);
        allocations.MapPost("/{id:guid}/close", Close).RequireAuthorization(RecordEndpoints<CaseAllocation, CaseAllocationResponse>.WriteScope);
        allocations.MapDelete("/{id:guid}", Delete).RequireAuthorization(RecordEndpoints<CaseAllocation, CaseAllocationResponse>.WriteScope);
        return app;
    }

    private static async Task<Results<Created<CaseAllocationResponse>, ValidationProblem, ProblemHttpResult>> Record(
        RecordCaseAllocationRequest request, SocialCareDbContext db, AllocationAuthority authority, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var decision = await authority.AllocateAsync(http.User, request.Team!, request.WorkerId!, cancellationToken);
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }

        var allocation = new CaseAllocation
        {
            Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), WorkerId = "", WorkerName = "", Team = "", CreatedAt = now, UpdatedAt = now,
        };
        request.ApplyTo(allocation, decision);
        var created = await Records.CreateAsync(db, allocation, now, http.Response, cancellationToken);
        return created.Result is Created<CaseAllocationResponse> done ? done : (ValidationProblem)created.Result;
    }

    private static async Task<Results<Ok<CaseAllocationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordCaseAllocationRequest request, SocialCareDbContext db, AllocationAuthority authority, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        // Loaded (and tracked) first, so the change below is made to the very version that was checked.
        if (await db.CaseAllocations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } current)
        {
            return TypedResults.NotFound();
        }

        var decision = await authority.CorrectAsync(http.User, current.Team, request.Team!, request.WorkerId!, cancellationToken);
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }

        return await Records.UpdateAsync(db, id, http, now, request.ValidateAgainst, allocation =>
        {
            allocation.Child = request.Child!.Replacing(allocation.Child);
            request.ApplyTo(allocation, decision);
        }, cancellationToken);
    }

    private static async Task<Results<Ok<CaseAllocationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseCaseAllocationRequest request, SocialCareDbContext db, AllocationAuthority authority, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (await EndRefusalAsync(db, id, authority, http, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        return await Records.CloseAsync(
            db, id, http, now,
            allocation => request.Validate(DateOnly.FromDateTime(now.UtcDateTime), allocation.FromDate),
            allocation => allocation.ToDate = request.ToDate,
            cancellationToken);
    }

    private static async Task<Results<Ok<CaseAllocationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, SocialCareDbContext db, AllocationAuthority authority, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        await EndRefusalAsync(db, id, authority, http, cancellationToken) is { } refusal
            ? refusal
            : await Records.DeleteAsync(id, request, db, clock, http, cancellationToken);

    /// <summary>Why the caller may not close or delete the allocation; null when they may, or when it is not there to see (the change then answers 404).</summary>
    private static async Task<ProblemHttpResult?> EndRefusalAsync(SocialCareDbContext db, Guid id, AllocationAuthority authority, HttpContext http, CancellationToken cancellationToken) =>
        await db.CaseAllocations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } current
            ? authority.End(http.User, current.Team).Refusal
            : null;

    private static Task<Results<Ok<Paged<CaseAllocationResponse>>, ValidationProblem>> List(
        [AsParameters] CaseAllocationListQuery query, SocialCareDbContext db, CancellationToken cancellationToken) =>
        Records.ListAsync(
            db, query,
            allocations =>
            {
                if (!string.IsNullOrWhiteSpace(query.WorkerId))
                {
                    allocations = allocations.Where(a => a.WorkerId == query.WorkerId.Trim());
                }

                if (!string.IsNullOrWhiteSpace(query.Team))
                {
                    allocations = allocations.Where(a => a.Team == query.Team.Trim());
                }

                return allocations;
            },
            cancellationToken);
}
