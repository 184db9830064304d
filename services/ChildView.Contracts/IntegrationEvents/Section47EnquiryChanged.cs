namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care corrected, concluded (closed, with its outcome) or deleted a section 47 enquiry; full current state.</summary>
public sealed record Section47EnquiryChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid EnquiryId,
    Guid ReferralId,
    DateOnly StartDate,
    string? Outcome,
    DateOnly? InitialCpcDate,
    RecordState State) : IIntegrationEvent;
