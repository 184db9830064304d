namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care started a section 47 child protection enquiry; entity version 1.</summary>
public sealed record Section47EnquiryRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid EnquiryId,
    Guid ReferralId,
    DateOnly StartDate) : IIntegrationEvent;
