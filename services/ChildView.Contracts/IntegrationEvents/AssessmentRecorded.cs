namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care started an assessment of a referred child (CIN census: start date, factors so far); entity version 1.</summary>
public sealed record AssessmentRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid AssessmentId,
    Guid ReferralId,
    DateOnly StartDate,
    IReadOnlyList<string> Factors) : IIntegrationEvent;
