namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care started a child in need plan (CIN census CINPlanStartDate); entity version 1.</summary>
public sealed record ChildInNeedPlanRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid PlanId,
    Guid ReferralId,
    DateOnly StartDate) : IIntegrationEvent;
