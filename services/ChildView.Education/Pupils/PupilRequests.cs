using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.Education.Pupils;

/// <summary>Registers a pupil; the UPN is expected for pupils on a school roll but legacy and new arrivals may lack one.</summary>
public sealed record RegisterPupilRequest(ChildDetailsRequest? Child)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors().ValidateChild("child", Child, today);
}

public sealed record PupilResponse(Guid Id, long Version, RecordState State, ChildDetails Child, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static PupilResponse From(Pupil pupil) => new(pupil.Id, pupil.Version, pupil.State, pupil.Child, pupil.CreatedAt, pupil.UpdatedAt);
}
