using ChildView.ServiceKit.Records;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Records;

namespace ChildView.SocialCare.ChildProtectionPlans;

public static class ChildProtectionPlanRules
{
    /// <summary>No child has had more plans than this; a larger number is a keying error.</summary>
    public const int MaxPreviousPlans = 50;

    public static ValidationErrors ValidatePlan(this ValidationErrors errors, DateOnly? startDate, string? initial, string? latest, int? previousPlans, DateOnly today) => errors
        .PastDate("startDate", startDate, today)
        .OneOf("initialCategoryOfAbuse", initial, AbuseCategories.All)
        .OneOf("latestCategoryOfAbuse", latest, AbuseCategories.All, required: false)
        .When(previousPlans is null, "numberOfPreviousPlans", "Required.")
        .When(previousPlans is < 0 or > MaxPreviousPlans, "numberOfPreviousPlans", $"Must be between 0 and {MaxPreviousPlans}.");
}

/// <summary>Starts a child protection plan for the child a referral is about; the latest category defaults to the initial one.</summary>
public sealed record RecordChildProtectionPlanRequest(
    Guid? ReferralId, DateOnly? StartDate, string? InitialCategoryOfAbuse, string? LatestCategoryOfAbuse, int? NumberOfPreviousPlans)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .When(ReferralId is null || ReferralId == Guid.Empty, "referralId", "Required.")
        .ValidatePlan(StartDate, InitialCategoryOfAbuse, LatestCategoryOfAbuse, NumberOfPreviousPlans, today);

    public ValidationErrors ValidateAgainstReferral(ValidationErrors errors, DateOnly referralDate) =>
        errors.NotBefore("startDate", StartDate, referralDate, "referral date");
}

/// <summary>Corrects a plan (PUT), typically to record a new latest category of abuse.</summary>
public sealed record UpdateChildProtectionPlanRequest(DateOnly? StartDate, string? InitialCategoryOfAbuse, string? LatestCategoryOfAbuse, int? NumberOfPreviousPlans)
{
    public ValidationErrors Validate(DateOnly today) =>
        new ValidationErrors().ValidatePlan(StartDate, InitialCategoryOfAbuse, LatestCategoryOfAbuse, NumberOfPreviousPlans, today);

    public ValidationErrors ValidateAgainst(ChildProtectionPlan current) =>
        new ValidationErrors().When(current.EndDate is { } end && StartDate > end, "startDate", "Must not be after the plan's end date.");

    public void ApplyTo(ChildProtectionPlan plan)
    {
        plan.StartDate = StartDate!.Value;
        plan.InitialCategoryOfAbuse = InitialCategoryOfAbuse!;
        plan.LatestCategoryOfAbuse = LatestCategoryOfAbuse ?? InitialCategoryOfAbuse!;
        plan.NumberOfPreviousPlans = NumberOfPreviousPlans!.Value;
    }
}

/// <summary>Ends (closes) a plan.</summary>
public sealed record CloseChildProtectionPlanRequest(DateOnly? EndDate)
{
    public ValidationErrors Validate(DateOnly today, DateOnly startDate) => new ValidationErrors()
        .PastDate("endDate", EndDate, today)
        .NotBefore("endDate", EndDate, startDate, "plan's start date");
}

public sealed record ChildProtectionPlanResponse(
    Guid Id,
    long Version,
    RecordState State,
    ChildDetails Child,
    Guid ReferralId,
    DateOnly StartDate,
    DateOnly? EndDate,
    string InitialCategoryOfAbuse,
    string LatestCategoryOfAbuse,
    int NumberOfPreviousPlans,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ChildProtectionPlanResponse From(ChildProtectionPlan p) => new(
        p.Id, p.Version, p.State, p.Child, p.ReferralId, p.StartDate, p.EndDate, p.InitialCategoryOfAbuse, p.LatestCategoryOfAbuse, p.NumberOfPreviousPlans, p.CreatedAt, p.UpdatedAt);
}

public sealed class ChildProtectionPlanListQuery : RecordListQuery
{
    public Guid? ReferralId { get; set; }

    public string? CategoryOfAbuse { get; set; }
}
