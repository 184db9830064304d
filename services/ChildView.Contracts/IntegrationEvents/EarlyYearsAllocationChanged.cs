namespace ChildView.Contracts.IntegrationEvents;

/// <summary>An allocation was corrected, ended or deleted; the full current state, not a diff. Access rules use PractitionerId, TeamCode and State.</summary>
/// <param name="AllocatedBy">Who made the allocation or last corrected it (a user name, or a client id for a machine client); null only for allocations recorded before it was kept.</param>
public sealed record EarlyYearsAllocationChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid AllocationId,
    RecordState State,
    string PractitionerId,
    string PractitionerName,
    string TeamCode,
    string? TeamName,
    DateOnly FromDate,
    DateOnly? ToDate,
    string? AllocatedBy = null) : IIntegrationEvent;
