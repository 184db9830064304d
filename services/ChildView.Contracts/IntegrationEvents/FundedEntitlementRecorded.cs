namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Early years recorded a funded entitlement a child takes up (entity version 1; closed when recorded with its end).</summary>
/// <param name="Basis">ECO, HSD or LAA for a 2-year-old entitlement; null otherwise.</param>
/// <param name="EligibilityCode">The HMRC code for the extended 30 hours; null otherwise.</param>
public sealed record FundedEntitlementRecorded(
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
