namespace ChildView.Contracts.IntegrationEvents;

/// <summary>An early help episode was corrected, closed with its outcome, or deleted; the full current state, not a diff.</summary>
public sealed record EarlyHelpEpisodeChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid EpisodeId,
    RecordState State,
    DateOnly AssessmentDate,
    DateOnly ConsentDate,
    string LeadPractitioner,
    string? LeadAgency,
    DateOnly? TafPlanDate,
    DateOnly? ClosureDate,
    string? ClosureOutcome) : IIntegrationEvent;
