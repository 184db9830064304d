using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Validation;

namespace ChildView.YouthOffending.Allocations;

/// <summary>
/// Allocates (or, on PUT, corrects the allocation of) the child's case to an officer and team. The
/// officer is named by user name only: their display name comes from the staff directory (an
/// <c>officerName</c> in the body is ignored), and who allocated comes from the caller's token.
/// </summary>
public sealed record AllocateRequest(ChildDetailsRequest? Child, string? OfficerId, string? TeamCode, string? TeamName, DateOnly? FromDate, DateOnly? ToDate) : ITeamAllocationRequest
{
    string? ITeamAllocationRequest.Worker => OfficerId;

    public ValidationErrors Validate(DateOnly today) => TeamAllocations.Validate(this, "officerId", today);
}

public sealed record YotAllocationResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, string OfficerId, string OfficerName, string TeamCode, string? TeamName, DateOnly FromDate, DateOnly? ToDate,
    string? AllocatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static YotAllocationResponse From(YotAllocation a) =>
        new(a.Id, a.Version, a.State, a.Child, a.OfficerId, a.OfficerName, a.TeamCode, a.TeamName, a.FromDate, a.ToDate, a.AllocatedBy, a.CreatedAt, a.UpdatedAt);
}

public sealed class YotAllocationListQuery : RecordListQuery
{
    public string? OfficerId { get; set; }

    public string? TeamCode { get; set; }

    public DateOnly? ActiveOn { get; set; }
}
