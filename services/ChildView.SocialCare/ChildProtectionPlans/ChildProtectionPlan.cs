using ChildView.ServiceKit.Children;

namespace ChildView.SocialCare.ChildProtectionPlans;

/// <summary>A child protection plan (CIN census CPPstartDate … CPPendDate) within a CIN episode.</summary>
public sealed class ChildProtectionPlan : ChildRecord
{
    public Guid ReferralId { get; init; }

    public DateOnly StartDate { get; set; }

    /// <summary>The plan's end; set when it is closed.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary><see cref="AbuseCategories"/> at the plan's start.</summary>
    public required string InitialCategoryOfAbuse { get; set; }

    /// <summary><see cref="AbuseCategories"/> as the plan now stands.</summary>
    public required string LatestCategoryOfAbuse { get; set; }

    /// <summary>CIN census NumberOfPreviousCPP: earlier plans this child has had.</summary>
    public int NumberOfPreviousPlans { get; set; }
}
