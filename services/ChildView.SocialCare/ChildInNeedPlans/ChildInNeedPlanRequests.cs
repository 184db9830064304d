using ChildView.ServiceKit.Records;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Records;

namespace ChildView.SocialCare.ChildInNeedPlans;

/// <summary>Starts a child in need plan for the child a referral is about.</summary>
public sealed record RecordChildInNeedPlanRequest(Guid? ReferralId, DateOnly? StartDate)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .When(ReferralId is null || ReferralId == Guid.Empty, "referralId", "Required.")
        .PastDate("startDate", StartDate, today);

    public ValidationErrors ValidateAgainstReferral(ValidationErrors errors, DateOnly referralDate) =>
        errors.NotBefore("startDate", StartDate, referralDate, "referral date");
}

/// <summary>Corrects a plan's start date (PUT).</summary>
public sealed record UpdateChildInNeedPlanRequest(DateOnly? StartDate)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors().PastDate("startDate", StartDate, today);

    public ValidationErrors ValidateAgainst(ChildInNeedPlan current) =>
        new ValidationErrors().When(current.EndDate is { } end && StartDate > end, "startDate", "Must not be after the plan's end date.");

    public void ApplyTo(ChildInNeedPlan plan) => plan.StartDate = StartDate!.Value;
}

/// <summary>Ends (closes) a plan.</summary>
public sealed record CloseChildInNeedPlanRequest(DateOnly? EndDate)
{
    public ValidationErrors Validate(DateOnly today, DateOnly startDate) => new ValidationErrors()
        .PastDate("endDate", EndDate, today)
        .NotBefore("endDate", EndDate, startDate, "plan's start date");
}

public sealed record ChildInNeedPlanResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, Guid ReferralId, DateOnly StartDate, DateOnly? EndDate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ChildInNeedPlanResponse From(ChildInNeedPlan p) => new(
        p.Id, p.Version, p.State, p.Child, p.ReferralId, p.StartDate, p.EndDate, p.CreatedAt, p.UpdatedAt);
}

public sealed class ChildInNeedPlanListQuery : RecordListQuery
{
    public Guid? ReferralId { get; set; }
}
