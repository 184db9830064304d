namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Early help opened a consent-based episode for a child's family (entity version 1).</summary>
public sealed record EarlyHelpEpisodeRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid EpisodeId,
    DateOnly AssessmentDate,
    DateOnly ConsentDate,
    string LeadPractitioner,
    string? LeadAgency,
    DateOnly? TafPlanDate) : IIntegrationEvent;
