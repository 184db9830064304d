namespace ChildView.Contracts.IntegrationEvents;

/// <summary>An allocation was corrected, ended or deleted; the full current state, not a diff. Access rules use OfficerId, TeamCode and State.</summary>
public sealed record YotAllocationChanged(
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
    DateOnly? ToDate) : IIntegrationEvent;
