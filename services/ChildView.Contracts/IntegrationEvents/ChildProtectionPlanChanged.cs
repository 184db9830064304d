namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care corrected, ended (closed) or deleted a child protection plan; full current state.</summary>
public sealed record ChildProtectionPlanChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid PlanId,
    Guid ReferralId,
    DateOnly StartDate,
    DateOnly? EndDate,
    string InitialCategoryOfAbuse,
    string LatestCategoryOfAbuse,
    int NumberOfPreviousPlans,
    RecordState State) : IIntegrationEvent;
