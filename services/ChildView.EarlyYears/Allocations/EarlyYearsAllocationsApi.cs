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
            .Create<AllocateRequest>((request, today) => request.Validate(today), async (request, write, cancellationToken) =>
            {
                var decision = await write.Service<AllocationAuthority>().AllocateAsync(write.Http.User, request.TeamCode!, request.PractitionerId!, cancellationToken);
                if (decision.Refusal is { } refusal)
                {
                    return refusal;
                }

                var allocation = new EarlyYearsAllocation
                {
                    Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), PractitionerId = "", PractitionerName = "", TeamCode = "", CreatedAt = write.Now, UpdatedAt = write.Now,
                };
                request.ApplyTo(allocation, decision);
                return allocation;
            })
            .Update<AllocateRequest>((request, today) => request.Validate(today), async (request, allocation, write, cancellationToken) =>
            {
                var decision = await write.Service<AllocationAuthority>().CorrectAsync(write.Http.User, allocation.TeamCode, request.TeamCode!, request.PractitionerId!, cancellationToken);
                if (decision.Refusal is { } refusal)
                {
                    return refusal;
                }

                allocation.Child = request.Child!.Replacing(allocation.Child);
                request.ApplyTo(allocation, decision);
                return null;
            })
            // The allocation ends: the case is transferred to another practitioner, or closed to early years.
            .Close<EndAllocationRequest>((request, allocation, write) =>
                EndRefusal(allocation, write) ?? Refusal.Of(request.Validate(write.Today, allocation.FromDate), () => allocation.ToDate = request.ToDate))
            .Delete((allocation, write, _) => Task.FromResult(EndRefusal(allocation, write)))
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

    /// <summary>Why the caller may not end (close or delete) the allocation, or null when they may.</summary>
    private static Refusal? EndRefusal(EarlyYearsAllocation allocation, RecordWrite write) =>
        write.Service<AllocationAuthority>().End(write.Http.User, allocation.TeamCode).Refusal is { } refusal ? (Refusal)refusal : null;
}
