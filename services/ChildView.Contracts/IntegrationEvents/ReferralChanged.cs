namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care corrected, closed or deleted a referral; carries the full current state, not a diff.</summary>
public sealed record ReferralChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid ReferralId,
    DateOnly ReferralDate,
    string ReferralSource,
    string? PrimaryNeed,
    bool ReferralNfa,
    DateOnly? ClosureDate,
    string? ReasonForClosure,
    RecordState State) : IIntegrationEvent;
