using ChildView.Contracts.Security;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.EarlyYears.Allocations;

/// <summary>
/// Early years allocations decide who may see a child, so every create, correction, close and delete is checked
/// by <see cref="AllocationAuthority"/> (the policy's allocation block) before it is written.
/// </summary>
public static class EarlyYearsAllocationsApi
{
    public static IEndpointRouteBuilder MapEarlyYearsAllocationsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<EarlyYearsAllocation, EarlyYearsAllocationResponse>(
                ApiResources.EarlyYears, "/allocations", "early-years-allocation", "early years allocations", EarlyYearsAllocationResponse.From, EarlyYearsAllocationEvents.Recorded, EarlyYearsAllocationEvents.Changed))
            .AllocatedByTeamManagers<EarlyYearsAllocation, EarlyYearsAllocationResponse, AllocateRequest>("practitionerId", (request, write) => new EarlyYearsAllocation
            {
                Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), PractitionerId = "", PractitionerName = "", TeamCode = "", CreatedAt = write.Now, UpdatedAt = write.Now,
            })
            .List<EarlyYearsAllocationListQuery>((allocations, query) =>
            {
                if (!string.IsNullOrWhiteSpace(query.PractitionerId))
                {
                    var practitioner = query.PractitionerId.Trim().ToLowerInvariant();
                    allocations = allocations.Where(a => a.PractitionerId == practitioner);
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
