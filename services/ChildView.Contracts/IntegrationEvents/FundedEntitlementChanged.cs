namespace ChildView.Contracts.IntegrationEvents;

/// <summary>A funded entitlement was corrected, ended or deleted; the full current state, not a diff.</summary>
/// <param name="Basis">ECO, HSD or LAA for a 2-year-old entitlement; null otherwise.</param>
/// <param name="EligibilityCode">The HMRC code for the extended 30 hours; null otherwise.</param>
public sealed record FundedEntitlementChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid EntitlementId,
    RecordState State,
    string EntitlementType,
    int HoursPerWeek,
    string? Basis,
    string? EligibilityCode,
    DateOnly StartDate,
    DateOnly? EndDate) : IIntegrationEvent;
