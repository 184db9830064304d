namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care allocated a child's case to a worker and team; entity version 1. The profile keeps allocations for access decisions.</summary>
/// <param name="AllocatedBy">Who made the allocation or last corrected it (a user name, or a client id for a machine client); null only for allocations recorded before it was kept.</param>
public sealed record CaseAllocationRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid AllocationId,
    string WorkerId,
    string WorkerName,
    string Team,
    DateOnly FromDate,
    string? AllocatedBy = null) : IIntegrationEvent;
