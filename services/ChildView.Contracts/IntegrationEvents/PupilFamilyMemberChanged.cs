namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education changed or deleted a pupil's family member; the full current state.</summary>
public sealed record PupilFamilyMemberChanged(
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
