namespace ChildView.Contracts.IntegrationEvents;

/// <summary>The early years service allocated a child's case to a practitioner and team (entity version 1). Access rules use PractitionerId and TeamCode.</summary>
/// <param name="AllocatedBy">Who made the allocation or last corrected it (a user name, or a client id for a machine client); null only for allocations recorded before it was kept.</param>
public sealed record EarlyYearsAllocationRecorded(
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
