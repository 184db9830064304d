using ChildView.Contracts.IntegrationEvents;

namespace ChildView.SocialCare.ChildInNeedPlans;

public static class ChildInNeedPlanEvents
{
    public static ChildInNeedPlanRecorded Recorded(ChildInNeedPlan p, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, p.Version, now, p.Child.ToIdentity(SourceSystems.SocialCare),
        p.Id, p.ReferralId, p.StartDate);

    public static ChildInNeedPlanChanged Changed(ChildInNeedPlan p, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, p.Version, now, p.Child.ToIdentity(SourceSystems.SocialCare),
        p.Id, p.ReferralId, p.StartDate, p.EndDate, p.State);
}
