namespace ChildView.Contracts.IntegrationEvents;

/// <summary>A person around the child was corrected or deleted at early years; the full current state, not a diff.</summary>
public sealed record EarlyYearsFamilyMemberChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid FamilyMemberId,
    RecordState State,
    string GivenName,
    string FamilyName,
    string Relationship,
    DateOnly? DateOfBirth,
    bool HasParentalResponsibility,
    bool LivesWithChild,
    string? Telephone) : IIntegrationEvent;
