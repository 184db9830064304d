using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Republishing;
using ChildView.SocialCare.Data;

namespace ChildView.SocialCare.Referrals;

/// <summary>
/// Referrals recorded in bulk (legacy migration): announced as recorded at version 1. A referral that arrived
/// already closed is stored at version 2 and has its own changed record set after this one, as a referral
/// recorded and then closed through the API would.
/// </summary>
public sealed class ReferralsRecordedRecordSet(SocialCareDbContext db) : ChildRecordSetExpander<Referral, ReferralRecorded>(db)
{
    protected override ReferralRecorded Build(Referral referral, Guid eventId, DateTimeOffset occurredAt) =>
        ReferralEvents.Recorded(referral, occurredAt) with { EventId = eventId, EntityVersion = 1 };
}

/// <summary>Referrals changed in bulk: their current state at their current version.</summary>
public sealed class ReferralsChangedRecordSet(SocialCareDbContext db) : ChildRecordSetExpander<Referral, ReferralChanged>(db)
{
    protected override ReferralChanged Build(Referral referral, Guid eventId, DateTimeOffset occurredAt) =>
        ReferralEvents.Changed(referral, occurredAt) with { EventId = eventId };
}
