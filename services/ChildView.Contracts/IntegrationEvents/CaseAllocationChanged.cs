namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care corrected, ended (closed) or deleted a case allocation; full current state.</summary>
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
    RecordState State) : IIntegrationEvent;
