namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education recorded a period of SEN provision (K SEN support, E education, health and care plan); entity version 1.</summary>
public sealed record SenProvisionRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid SenProvisionId,
    Guid PupilId,
    string Provision,
    DateOnly StartDate,
    DateOnly? EndDate,
    RecordState State) : IIntegrationEvent;
