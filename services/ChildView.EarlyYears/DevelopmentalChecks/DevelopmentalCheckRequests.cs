using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.EarlyYears.DevelopmentalChecks;

/// <summary>
/// Records (or, on PUT, corrects) a 2-year check. The review is offered between 2 and 2½; this
/// accepts a check on or after the 2nd birthday and before the 3rd, so late reviews can be recorded.
/// </summary>
public sealed record RecordDevelopmentalCheckRequest(
    ChildDetailsRequest? Child, DateOnly? CheckDate, string? Communication, string? GrossMotor, string? FineMotor, string? ProblemSolving, string? PersonalSocial)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .ValidateChild("child", Child, today)
        .When(CheckDate is null, "checkDate", "Required.")
        .When(CheckDate > today, "checkDate", "Must not be in the future.")
        .When(Child?.DateOfBirth is { } born && CheckDate < born.AddYears(2), "checkDate", "The 2-year check is on or after the child's 2nd birthday.")
        .When(Child?.DateOfBirth is { } dob && CheckDate >= dob.AddYears(3), "checkDate", "The 2-year check is before the child's 3rd birthday.")
        .OneOf("communication", Communication, DevelopmentOutcomes.All)
        .OneOf("grossMotor", GrossMotor, DevelopmentOutcomes.All)
        .OneOf("fineMotor", FineMotor, DevelopmentOutcomes.All)
        .OneOf("problemSolving", ProblemSolving, DevelopmentOutcomes.All)
        .OneOf("personalSocial", PersonalSocial, DevelopmentOutcomes.All);

    public void ApplyTo(DevelopmentalCheck check)
    {
        check.CheckDate = CheckDate!.Value;
        check.Communication = Communication!;
        check.GrossMotor = GrossMotor!;
        check.FineMotor = FineMotor!;
        check.ProblemSolving = ProblemSolving!;
        check.PersonalSocial = PersonalSocial!;
    }
}

public sealed record DevelopmentalCheckResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, DateOnly CheckDate, string Communication, string GrossMotor, string FineMotor, string ProblemSolving,
    string PersonalSocial, bool AllOnTrack, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static DevelopmentalCheckResponse From(DevelopmentalCheck c) => new(
        c.Id, c.Version, c.State, c.Child, c.CheckDate, c.Communication, c.GrossMotor, c.FineMotor, c.ProblemSolving, c.PersonalSocial, c.AllOnTrack, c.CreatedAt, c.UpdatedAt);
}

public sealed class DevelopmentalCheckListQuery : RecordListQuery
{
    public DateOnly? CheckedFrom { get; set; }

    public DateOnly? CheckedTo { get; set; }

    public override ValidationErrors Validate() =>
        InOrder(base.Validate(), "checkedFrom", CheckedFrom, "checkedTo", CheckedTo);
}
