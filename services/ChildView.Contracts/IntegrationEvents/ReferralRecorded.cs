namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Children's social care recorded a referral (CIN census: referral date, source, primary need, NFA); entity version 1.</summary>
public sealed record ReferralRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid ReferralId,
    DateOnly ReferralDate,
    string ReferralSource,
    string? PrimaryNeed,
    bool ReferralNfa = false) : IIntegrationEvent;
