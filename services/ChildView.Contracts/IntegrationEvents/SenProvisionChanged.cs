namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education changed, ended or deleted a period of SEN provision; the full current state.</summary>
public sealed record SenProvisionChanged(
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
