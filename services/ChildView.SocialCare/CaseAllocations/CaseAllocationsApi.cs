using ChildView.Contracts.Security;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.SocialCare.CaseAllocations;

/// <summary>
/// Case allocations decide who may see a child, so every create, correction, close and delete is
/// checked by <see cref="AllocationAuthority"/> (the policy's allocation block) before it is written.
/// </summary>
public static class CaseAllocationsApi
{
    public static IEndpointRouteBuilder MapCaseAllocationsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<CaseAllocation, CaseAllocationResponse>(
                ApiResources.SocialCare, "/case-allocations", "case-allocation", "Case allocations", CaseAllocationResponse.From, CaseAllocationEvents.Recorded, CaseAllocationEvents.Changed))
            .Create<RecordCaseAllocationRequest>((request, today) => request.Validate(today), async (request, write, cancellationToken) =>
            {
                var decision = await write.Service<AllocationAuthority>().AllocateAsync(write.Http.User, request.Team!, request.WorkerId!, cancellationToken);
                if (decision.Refusal is { } refusal)
                {
                    return refusal;
                }

                var allocation = new CaseAllocation
                {
                    Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), WorkerId = "", WorkerName = "", Team = "", CreatedAt = write.Now, UpdatedAt = write.Now,
                };
                request.ApplyTo(allocation, decision);
                return allocation;
            })
            .Update<RecordCaseAllocationRequest>((request, today) => request.Validate(today), async (request, allocation, write, cancellationToken) =>
            {
                if (Refusal.Of(request.ValidateAgainst(allocation)) is { } invalid)
                {
                    return invalid;
                }

                var decision = await write.Service<AllocationAuthority>().CorrectAsync(write.Http.User, allocation.Team, request.Team!, request.WorkerId!, cancellationToken);
                if (decision.Refusal is { } refusal)
                {
                    return refusal;
                }

                allocation.Child = request.Child!.Replacing(allocation.Child);
                request.ApplyTo(allocation, decision);
                return null;
            })
            .Close<CloseCaseAllocationRequest>((request, allocation, write) =>
                EndRefusal(allocation, write) ?? Refusal.Of(request.Validate(write.Today, allocation.FromDate), () => allocation.ToDate = request.ToDate))
            .Delete((allocation, write, _) => Task.FromResult(EndRefusal(allocation, write)))
            .List<CaseAllocationListQuery>((allocations, query) =>
            {
                if (!string.IsNullOrWhiteSpace(query.WorkerId))
                {
                    var worker = query.WorkerId.Trim();
                    allocations = allocations.Where(a => a.WorkerId == worker);
                }

                if (!string.IsNullOrWhiteSpace(query.Team))
                {
                    var team = query.Team.Trim();
                    allocations = allocations.Where(a => a.Team == team);
                }

                return allocations;
            });
        return app;
    }

    /// <summary>Why the caller may not end (close or delete) the allocation, or null when they may.</summary>
    private static Refusal? EndRefusal(CaseAllocation allocation, RecordWrite write) =>
        write.Service<AllocationAuthority>().End(write.Http.User, allocation.Team).Refusal is { } refusal ? (Refusal)refusal : null;
}
