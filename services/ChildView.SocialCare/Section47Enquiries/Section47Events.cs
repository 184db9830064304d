using ChildView.Contracts.IntegrationEvents;

namespace ChildView.SocialCare.Section47Enquiries;

public static class Section47Events
{
    public static Section47EnquiryRecorded Recorded(Section47Enquiry e, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, e.Version, now, e.Child.ToIdentity(SourceSystems.SocialCare),
        e.Id, e.ReferralId, e.StartDate);

    public static Section47EnquiryChanged Changed(Section47Enquiry e, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, e.Version, now, e.Child.ToIdentity(SourceSystems.SocialCare),
        e.Id, e.ReferralId, e.StartDate, e.Outcome, e.InitialCpcDate, e.State);
}
