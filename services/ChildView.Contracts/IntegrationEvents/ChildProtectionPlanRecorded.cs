namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care started a child protection plan (CIN census: start, categories of abuse, previous plans); entity version 1.</summary>
public sealed record ChildProtectionPlanRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid PlanId,
    Guid ReferralId,
    DateOnly StartDate,
    string InitialCategoryOfAbuse,
    string LatestCategoryOfAbuse,
    int NumberOfPreviousPlans) : IIntegrationEvent;
