using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.SocialCare.CaseAllocations;

public static class CaseAllocationsApi
{
    private static readonly RecordEndpoints<CaseAllocation, CaseAllocationResponse> Records =
        new("/case-allocations", "case-allocation", CaseAllocationResponse.From, CaseAllocationEvents.Recorded, CaseAllocationEvents.Changed);

    public static IEndpointRouteBuilder MapCaseAllocationsApi(this IEndpointRouteBuilder app)
    {
        var allocations = Records.Map(app, "Case allocations");
        allocations.MapPost("/", Record).RequireAuthorization(RecordEndpoints<CaseAllocation, CaseAllocationResponse>.WriteScope);
        allocations.MapGet("/", List).RequireAuthorization(RecordEndpoints<CaseAllocation, CaseAllocationResponse>.ReadScope);
        allocations.MapPut("/{id:guid}", Update).RequireAuthorization(RecordEndpoints<CaseAllocation, CaseAllocationResponse>.WriteScope);
        allocations.MapPost("/{id:guid}/close", Close).RequireAuthorization(RecordEndpoints<CaseAllocation, CaseAllocationResponse>.WriteScope);
        return app;
    }

    private static async Task<Results<Created<CaseAllocationResponse>, ValidationProblem>> Record(
        RecordCaseAllocationRequest request, SocialCareDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var allocation = new CaseAllocation
        {
            Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), WorkerId = "", WorkerName = "", Team = "", CreatedAt = now, UpdatedAt = now,
        };
        request.ApplyTo(allocation);
        return await Records.CreateAsync(db, allocation, now, response, cancellationToken);
    }

    private static async Task<Results<Ok<CaseAllocationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordCaseAllocationRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await Records.UpdateAsync(db, id, http, now, request.ValidateAgainst, allocation =>
        {
            allocation.Child = request.Child!.Replacing(allocation.Child);
            request.ApplyTo(allocation);
        }, cancellationToken);
    }

    private static Task<Results<Ok<CaseAllocationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseCaseAllocationRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return Records.CloseAsync(
            db, id, http, now,
            allocation => request.Validate(DateOnly.FromDateTime(now.UtcDateTime), allocation.FromDate),
            allocation => allocation.ToDate = request.ToDate,
            cancellationToken);
    }

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
