using ChildView.ServiceKit.Records;
using System.Text.RegularExpressions;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Education.Common;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.Education.Enrolments;

/// <summary>Creates or (with PUT) replaces an enrolment; a leave date closes it.</summary>
public sealed partial record EnrolmentRequest(Guid? PupilId, string? Urn, string? Laestab, DateOnly? StartDate, DateOnly? LeaveDate, string? EnrolmentStatus)
{
    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex UrnFormat();

    [GeneratedRegex("^[0-9]{7}$")]
    private static partial Regex LaestabFormat();

    public static bool IsUrn(string? value) => value is not null && UrnFormat().IsMatch(value);

    public static bool IsLaestab(string? value) => value is not null && LaestabFormat().IsMatch(value);

    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors()
            .RequiredId("pupilId", PupilId)
            .OneOf("enrolmentStatus", EnrolmentStatus, EnrolmentStatuses.All)
            .ValidatePeriod("startDate", StartDate, "leaveDate", LeaveDate, today);
        if (string.IsNullOrWhiteSpace(Urn))
        {
            errors.Add("urn", "Required.");
        }
        else
        {
            errors.When(!IsUrn(Urn.Trim()), "urn", "Must be the establishment's 6-digit URN.");
        }

        if (string.IsNullOrWhiteSpace(Laestab))
        {
            return errors.Add("laestab", "Required.");
        }

        return errors.When(!IsLaestab(Laestab.Trim()), "laestab", "Must be the 7-digit DfE number (3-digit LA number and 4-digit establishment number).");
    }
}

/// <summary>Closes an enrolment: the pupil left the establishment on <see cref="LeaveDate"/>.</summary>
public sealed record LeaveEnrolmentRequest(DateOnly? LeaveDate)
{
    public ValidationErrors Validate(DateOnly start, DateOnly today) => new ValidationErrors().ValidateEnd("leaveDate", LeaveDate, start, today);
}

public sealed record EnrolmentResponse(
    Guid Id, long Version, RecordState State, Guid PupilId, ChildDetails Child, string Urn, string Laestab, DateOnly StartDate, DateOnly? LeaveDate, string EnrolmentStatus, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static EnrolmentResponse From(Enrolment e) =>
        new(e.Id, e.Version, e.State, e.PupilId, e.Child, e.Urn, e.Laestab, e.StartDate, e.EndDate, e.EnrolmentStatus, e.CreatedAt, e.UpdatedAt);
}

public sealed class EnrolmentListQuery : PupilRecordListQuery
{
    public string? Urn { get; set; }
}
