using ChildView.Contracts.Security;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.YouthOffending.Allocations;

/// <summary>
/// YOT allocations decide who may see a child, so every create, correction, close and delete is checked
/// by <see cref="AllocationAuthority"/> (the policy's allocation block) before it is written.
/// </summary>
public static class YotAllocationsApi
{
    public static IEndpointRouteBuilder MapYotAllocationsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<YotAllocation, YotAllocationResponse>(
                ApiResources.YouthOffending, "/allocations", "yot-allocation", "YOT allocations", YotAllocationResponse.From, YotAllocationEvents.Recorded, YotAllocationEvents.Changed))
            .AllocatedByTeamManagers<YotAllocation, YotAllocationResponse, AllocateRequest>("officerId", (request, write) => new YotAllocation
            {
                Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), OfficerId = "", OfficerName = "", TeamCode = "", CreatedAt = write.Now, UpdatedAt = write.Now,
            })
            .List<YotAllocationListQuery>((allocations, query) =>
            {
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

                return query.ActiveOn is { } day ? allocations.Where(a => a.FromDate <= day && (a.ToDate == null || a.ToDate >= day)) : allocations;
            });
        return app;
    }
}
