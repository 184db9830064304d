using System.Text.RegularExpressions;
using ChildView.Contracts.Directory;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Pipeline;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Validation;

namespace ChildView.ServiceKit.Access;

/// <summary>
/// An allocation that names its worker by user name and its team by code (youth offending, early years):
/// the service names the worker its own way (an officer, a practitioner), the rest is the same.
/// </summary>
public interface ITeamAllocation : IAllocationRecord
{
    string TeamCode { get; set; }

    string? TeamName { get; set; }

    DateOnly FromDate { get; set; }

    DateOnly? ToDate { get; set; }

    string? AllocatedBy { get; set; }

    RecordState State { get; set; }

    /// <summary>Records the worker as the staff directory knows them (canonical user name and display name).</summary>
    void Assign(StaffMember worker);
}

/// <summary>A request that allocates (or, on PUT, corrects the allocation of) the child's case to a worker and team.</summary>
public interface ITeamAllocationRequest
{
    ChildDetailsRequest? Child { get; }

    /// <summary>The worker's user name, whatever the service's body calls it.</summary>
    string? Worker { get; }

    string? TeamCode { get; }

    string? TeamName { get; }

    DateOnly? FromDate { get; }

    DateOnly? ToDate { get; }
}

/// <summary>Ends an allocation (case transferred or closed).</summary>
public sealed record EndAllocationRequest(DateOnly? ToDate)
{
    public ValidationErrors Validate(DateOnly today, DateOnly from) => new ValidationErrors()
        .When(ToDate is null, "toDate", "Required.")
        .When(ToDate > today, "toDate", "Must not be in the future.")
        .When(ToDate < from, "toDate", "Must not be before the from date.");
}

/// <summary>
/// The one way a team allocation is validated, applied and mapped: every create, correction, close and delete
/// is checked by <see cref="AllocationAuthority"/> (the policy's allocation block) before it is written. The
/// worker is named by user name only: their display name comes from the staff directory, and who allocated
/// from the caller's token.
/// </summary>
public static partial class TeamAllocations
{
    /// <summary>User names and team codes are matched exactly by access rules, so they are kept to a plain, case-insensitive alphabet.</summary>
    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9._-]*$")]
    private static partial Regex CodeFormat();

    /// <summary>The request's errors; <paramref name="workerField"/> is the body's name for the worker (<c>officerId</c>).</summary>
    public static ValidationErrors Validate(this ITeamAllocationRequest request, string workerField, DateOnly today) => new ValidationErrors()
        .ValidateChild("child", request.Child, today)
        .Required(workerField, request.Worker)
        .When(!string.IsNullOrWhiteSpace(request.Worker) && !CodeFormat().IsMatch(request.Worker.Trim()), workerField, "Letters, digits, '.', '_' and '-' only.")
        .Required("teamCode", request.TeamCode, 50)
        .When(!string.IsNullOrWhiteSpace(request.TeamCode) && !CodeFormat().IsMatch(request.TeamCode.Trim()), "teamCode", "Letters, digits, '.', '_' and '-' only.")
        .Optional("teamName", request.TeamName, 200)
        .When(request.FromDate is null, "fromDate", "Required.")
        .When(request.FromDate > today.AddMonths(3), "fromDate", "Must be within three months from today.")
        .When(request.Child?.DateOfBirth is { } born && request.FromDate < born, "fromDate", "Must not be before the child's date of birth.")
        .When(request.ToDate > today, "toDate", "Must not be in the future.")
        .When(request.ToDate < request.FromDate, "toDate", "Must not be before the from date.");

    /// <summary>Sets every field but the child block: the worker as the directory knows them, and who allocated.</summary>
    public static void ApplyTo(this ITeamAllocationRequest request, ITeamAllocation allocation, AllocationDecision decision)
    {
        allocation.Assign(decision.Worker!);
        allocation.AllocatedBy = decision.AllocatedBy;
        allocation.TeamCode = request.TeamCode!.Trim().ToUpperInvariant();
        allocation.TeamName = string.IsNullOrWhiteSpace(request.TeamName) ? null : request.TeamName.Trim();
        allocation.FromDate = request.FromDate!.Value;
        allocation.ToDate = request.ToDate;
        allocation.State = request.ToDate is null ? RecordState.Open : RecordState.Closed;
    }

    /// <summary>Create, correct (PUT), close and delete, each checked by <see cref="AllocationAuthority"/>; the list is the feature's.</summary>
    public static RecordEndpoints<TAllocation, TResponse> AllocatedByTeamManagers<TAllocation, TResponse, TRequest>(
        this RecordEndpoints<TAllocation, TResponse> endpoints, string workerField, Func<TRequest, RecordWrite, TAllocation> newAllocation)
        where TAllocation : ChildRecord, ITeamAllocation
        where TRequest : ITeamAllocationRequest =>
        endpoints
            .Create<TRequest>((request, today) => request.Validate(workerField, today), async (request, write, cancellationToken) =>
            {
                var decision = await write.Service<AllocationAuthority>().AllocateAsync(write.Http.User, request.TeamCode!, request.Worker!, cancellationToken);
                if (decision.Refusal is { } refusal)
                {
                    return refusal;
                }

                var allocation = newAllocation(request, write);
                request.ApplyTo(allocation, decision);
                return allocation;
            })
            .Update<TRequest>((request, today) => request.Validate(workerField, today), async (request, allocation, write, cancellationToken) =>
            {
                var decision = await write.Service<AllocationAuthority>().CorrectAsync(write.Http.User, allocation.TeamCode, request.TeamCode!, request.Worker!, cancellationToken);
                if (decision.Refusal is { } refusal)
                {
                    return refusal;
                }

                allocation.Child = request.Child!.Replacing(allocation.Child);
                request.ApplyTo(allocation, decision);
                return null;
            })
            // The allocation ends: the case is transferred to another worker, or closed to the service.
            .Close<EndAllocationRequest>((request, allocation, write) =>
                EndRefusal(allocation, write) ?? Refusal.Of(request.Validate(write.Today, allocation.FromDate), () => allocation.ToDate = request.ToDate))
            .Delete((allocation, write, _) => Task.FromResult(EndRefusal(allocation, write)));

    /// <summary>Why the caller may not end (close or delete) the allocation, or null when they may.</summary>
    private static Refusal? EndRefusal(ITeamAllocation allocation, RecordWrite write) =>
        write.Service<AllocationAuthority>().End(write.Http.User, allocation.TeamCode).Refusal is { } refusal ? (Refusal)refusal : null;
}
