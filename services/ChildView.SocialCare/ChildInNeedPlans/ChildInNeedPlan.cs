using ChildView.ServiceKit.Children;

namespace ChildView.SocialCare.ChildInNeedPlans;

/// <summary>A child in need plan (CIN census CINPlanStartDate … CINPlanEndDate) within a CIN episode.</summary>
public sealed class ChildInNeedPlan : ChildRecord
{
    public Guid ReferralId { get; init; }

    public DateOnly StartDate { get; set; }

    /// <summary>The plan's end; set when it is closed.</summary>
    public DateOnly? EndDate { get; set; }
}
