namespace ChildView.Contracts.IntegrationEvents;

/// <summary>The youth offending team allocated a child's case to an officer and team (entity version 1). Access rules use OfficerId and TeamCode.</summary>
/// <param name="AllocatedBy">Who made the allocation or last corrected it (a user name, or a client id for a machine client); null only for allocations recorded before it was kept.</param>
public sealed record YotAllocationRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid AllocationId,
    RecordState State,
    string OfficerId,
    string OfficerName,
    string TeamCode,
    string? TeamName,
    DateOnly FromDate,
    DateOnly? ToDate,
    string? AllocatedBy = null) : IIntegrationEvent;
