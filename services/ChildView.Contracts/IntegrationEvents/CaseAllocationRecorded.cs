namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Social care allocated a child's case to a worker and team; entity version 1. The profile keeps allocations for access decisions.</summary>
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
    DateOnly FromDate) : IIntegrationEvent;
