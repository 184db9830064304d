namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care corrected, ended (closed) or deleted a case allocation; full current state.</summary>
/// <param name="AllocatedBy">Who made the allocation or last corrected it (a user name, or a client id for a machine client); null only for allocations recorded before it was kept.</param>
public sealed record CaseAllocationChanged(
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
    DateOnly? ToDate,
    RecordState State,
    string? AllocatedBy = null) : IIntegrationEvent;
