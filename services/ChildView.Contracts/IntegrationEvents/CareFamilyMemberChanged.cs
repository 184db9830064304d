namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care corrected or deleted a person around the child; full current state.</summary>
public sealed record CareFamilyMemberChanged(
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
    PostalAddress Address,
    RecordState State) : IIntegrationEvent;
