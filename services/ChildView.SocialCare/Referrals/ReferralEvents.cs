using ChildView.Contracts.IntegrationEvents;

namespace ChildView.SocialCare.Referrals;

public static class ReferralEvents
{
    public static ReferralRecorded Recorded(Referral r, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, r.Version, now, r.Child.ToIdentity(SourceSystems.SocialCare),
        r.Id, r.ReferralDate, r.ReferralSource, r.PrimaryNeed, r.ReferralNfa);

    public static ReferralChanged Changed(Referral r, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, r.Version, now, r.Child.ToIdentity(SourceSystems.SocialCare),
        r.Id, r.ReferralDate, r.ReferralSource, r.PrimaryNeed, r.ReferralNfa, r.ClosureDate, r.ReasonForClosure, r.State);
}
