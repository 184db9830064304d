namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Early years recorded a person around the child (entity version 1).</summary>
public sealed record EarlyYearsFamilyMemberRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid FamilyMemberId,
    string GivenName,
    string FamilyName,
    string Relationship,
    DateOnly? DateOfBirth,
    bool HasParentalResponsibility,
    bool LivesWithChild,
    string? Telephone) : IIntegrationEvent;
