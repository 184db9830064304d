namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care corrected, ended (closed) or deleted a child in need plan; full current state.</summary>
public sealed record ChildInNeedPlanChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid PlanId,
    Guid ReferralId,
    DateOnly StartDate,
    DateOnly? EndDate,
    RecordState State) : IIntegrationEvent;
