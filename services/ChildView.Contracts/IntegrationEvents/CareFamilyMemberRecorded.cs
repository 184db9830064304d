namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care recorded a person around the child (parent, carer, sibling …); entity version 1.</summary>
public sealed record CareFamilyMemberRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid MemberId,
    string Relationship,
    string GivenName,
    string FamilyName,
    DateOnly? DateOfBirth,
    bool ParentalResponsibility,
    PostalAddress Address) : IIntegrationEvent;
