using ChildView.ServiceKit.Validation;

namespace ChildView.ServiceKit.Children;

/// <summary>Records are never hard-deleted: a deletion is a state with a reason, kept for audit and retention.</summary>
public sealed record DeleteRecordRequest(string? Reason)
{
    public ValidationErrors Validate() => new ValidationErrors().Required("reason", Reason, 500);
}
