using ChildView.Contracts.IntegrationEvents;

namespace ChildView.SocialCare.ChildProtectionPlans;

public static class ChildProtectionPlanEvents
{
    public static ChildProtectionPlanRecorded Recorded(ChildProtectionPlan p, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, p.Version, now, p.Child.ToIdentity(SourceSystems.SocialCare),
        p.Id, p.ReferralId, p.StartDate, p.InitialCategoryOfAbuse, p.LatestCategoryOfAbuse, p.NumberOfPreviousPlans);

    public static ChildProtectionPlanChanged Changed(ChildProtectionPlan p, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, p.Version, now, p.Child.ToIdentity(SourceSystems.SocialCare),
        p.Id, p.ReferralId, p.StartDate, p.EndDate, p.InitialCategoryOfAbuse, p.LatestCategoryOfAbuse, p.NumberOfPreviousPlans, p.State);
}
