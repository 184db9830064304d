using ChildView.ServiceKit.Records;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Records;

namespace ChildView.SocialCare.CaseAllocations;

/// <summary>
/// Allocates the child's case to a worker and team (POST) or corrects an allocation (PUT). The worker is
/// named by user name only: their display name comes from the staff directory (a <c>workerName</c> in
/// the body is ignored), and who allocated comes from the caller's token.
/// </summary>
public sealed record RecordCaseAllocationRequest(ChildDetailsRequest? Child, string? WorkerId, string? Team, DateOnly? FromDate)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .ValidateChild("child", Child, today)
        .Required("workerId", WorkerId, 50)
        .Required("team", Team)
        .PastDate("fromDate", FromDate, today);

    public ValidationErrors ValidateAgainst(CaseAllocation current) =>
        new ValidationErrors().When(current.ToDate is { } to && FromDate > to, "fromDate", "Must not be after the allocation's end date.");

    /// <summary>Sets every field but the child block: the worker as the directory knows them, and who allocated.</summary>
    public void ApplyTo(CaseAllocation allocation, AllocationDecision decision)
    {
        allocation.WorkerId = decision.Worker!.UserName;
        allocation.WorkerName = decision.Worker.DisplayName;
        allocation.Team = Team!.Trim();
        allocation.FromDate = FromDate!.Value;
        allocation.AllocatedBy = decision.AllocatedBy;
    }
}

/// <summary>Ends (closes) an allocation.</summary>
public sealed record CloseCaseAllocationRequest(DateOnly? ToDate)
{
    public ValidationErrors Validate(DateOnly today, DateOnly fromDate) => new ValidationErrors()
        .PastDate("toDate", ToDate, today)
        .NotBefore("toDate", ToDate, fromDate, "allocation's start date");
}

public sealed record CaseAllocationResponse(
    Guid Id,
    long Version,
    RecordState State,
    ChildDetails Child,
    string WorkerId,
    string WorkerName,
    string Team,
    DateOnly FromDate,
    DateOnly? ToDate,
    string? AllocatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static CaseAllocationResponse From(CaseAllocation a) => new(
        a.Id, a.Version, a.State, a.Child, a.WorkerId, a.WorkerName, a.Team, a.FromDate, a.ToDate, a.AllocatedBy, a.CreatedAt, a.UpdatedAt);
}

public sealed class CaseAllocationListQuery : RecordListQuery
{
    public string? WorkerId { get; set; }

    public string? Team { get; set; }
}
