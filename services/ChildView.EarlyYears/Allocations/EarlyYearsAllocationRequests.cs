using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Validation;

namespace ChildView.EarlyYears.Allocations;

/// <summary>
/// Allocates (or, on PUT, corrects the allocation of) the child's case to a practitioner and team. The
/// practitioner is named by user name only: their display name comes from the staff directory (an
/// <c>practitionerName</c> in the body is ignored), and who allocated comes from the caller's token.
/// </summary>
public sealed record AllocateRequest(ChildDetailsRequest? Child, string? PractitionerId, string? TeamCode, string? TeamName, DateOnly? FromDate, DateOnly? ToDate) : ITeamAllocationRequest
{
    string? ITeamAllocationRequest.Worker => PractitionerId;

    public ValidationErrors Validate(DateOnly today) => TeamAllocations.Validate(this, "practitionerId", today);
}

public sealed record EarlyYearsAllocationResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, string PractitionerId, string PractitionerName, string TeamCode, string? TeamName, DateOnly FromDate, DateOnly? ToDate,
    string? AllocatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static EarlyYearsAllocationResponse From(EarlyYearsAllocation a) =>
        new(a.Id, a.Version, a.State, a.Child, a.PractitionerId, a.PractitionerName, a.TeamCode, a.TeamName, a.FromDate, a.ToDate, a.AllocatedBy, a.CreatedAt, a.UpdatedAt);
}

public sealed class EarlyYearsAllocationListQuery : RecordListQuery
{
    public string? PractitionerId { get; set; }

    public string? TeamCode { get; set; }

    public DateOnly? ActiveOn { get; set; }
}
