namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education recorded a family member the school knows for a pupil (parent, carer, sibling …); entity version 1. The child block is the pupil's.</summary>
public sealed record PupilFamilyMemberRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid FamilyMemberId,
    Guid PupilId,
    string Relationship,
    string GivenName,
    string FamilyName,
    DateOnly? DateOfBirth,
    PostalAddress? Address,
    bool ParentalResponsibility,
    RecordState State) : IIntegrationEvent;
