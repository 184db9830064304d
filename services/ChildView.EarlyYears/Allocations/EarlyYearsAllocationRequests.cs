using System.Text.RegularExpressions;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Records;

namespace ChildView.EarlyYears.Allocations;

/// <summary>
/// Allocates (or, on PUT, corrects the allocation of) the child's case to an practitioner and team. The
/// practitioner is named by user name only: their display name comes from the staff directory (an
/// <c>practitionerName</c> in the body is ignored), and who allocated comes from the caller's token.
/// </summary>
public sealed partial record AllocateRequest(ChildDetailsRequest? Child, string? PractitionerId, string? TeamCode, string? TeamName, DateOnly? FromDate, DateOnly? ToDate)
{
    /// <summary>User names and team codes are matched exactly by access rules, so they are kept to a plain, case-insensitive alphabet.</summary>
    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9._-]*$")]
    private static partial Regex CodeFormat();

    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .ValidateChild("child", Child, today)
        .Required("practitionerId", PractitionerId)
        .When(!string.IsNullOrWhiteSpace(PractitionerId) && !CodeFormat().IsMatch(PractitionerId.Trim()), "practitionerId", "Letters, digits, '.', '_' and '-' only.")
        .Required("teamCode", TeamCode, 50)
        .When(!string.IsNullOrWhiteSpace(TeamCode) && !CodeFormat().IsMatch(TeamCode.Trim()), "teamCode", "Letters, digits, '.', '_' and '-' only.")
        .Optional("teamName", TeamName, 200)
        .When(FromDate is null, "fromDate", "Required.")
        .When(FromDate > today.AddMonths(3), "fromDate", "Must be within three months from today.")
        .When(Child?.DateOfBirth is { } born && FromDate < born, "fromDate", "Must not be before the child's date of birth.")
        .When(ToDate > today, "toDate", "Must not be in the future.")
        .When(ToDate < FromDate, "toDate", "Must not be before the from date.");

    /// <summary>Sets every field but the child block: the practitioner as the directory knows them, and who allocated.</summary>
    public void ApplyTo(EarlyYearsAllocation allocation, AllocationDecision decision)
    {
        allocation.PractitionerId = decision.Worker!.UserName;
        allocation.PractitionerName = decision.Worker.DisplayName;
        allocation.AllocatedBy = decision.AllocatedBy;
        allocation.TeamCode = TeamCode!.Trim().ToUpperInvariant();
        allocation.TeamName = string.IsNullOrWhiteSpace(TeamName) ? null : TeamName.Trim();
        allocation.FromDate = FromDate!.Value;
        allocation.ToDate = ToDate;
        allocation.State = ToDate is null ? RecordState.Open : RecordState.Closed;
    }
}

/// <summary>Ends an allocation (case transferred or closed).</summary>
public sealed record EndAllocationRequest(DateOnly? ToDate)
{
    public ValidationErrors Validate(DateOnly today, DateOnly from) => new ValidationErrors()
        .When(ToDate is null, "toDate", "Required.")
        .When(ToDate > today, "toDate", "Must not be in the future.")
        .When(ToDate < from, "toDate", "Must not be before the from date.");
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
