using ChildView.ServiceKit.Validation;

namespace ChildView.ServiceKit.Records;

/// <summary>Ends a record that has a start: the end date may not be in the future or before the start.</summary>
public sealed record CloseRecordRequest(DateOnly? EndDate)
{
    public ValidationErrors Validate(DateOnly today, DateOnly start) => new ValidationErrors()
        .When(EndDate is null, "endDate", "Required.")
        .When(EndDate > today, "endDate", "Must not be in the future.")
        .When(EndDate < start, "endDate", "Must not be before the start.");
}
