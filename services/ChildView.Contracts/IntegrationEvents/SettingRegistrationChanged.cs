namespace ChildView.Contracts.IntegrationEvents;

/// <summary>A setting registration was corrected, ended or deleted; the full current state, not a diff.</summary>
public sealed record SettingRegistrationChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid RegistrationId,
    RecordState State,
    string ProviderUrn,
    string SettingName,
    DateOnly StartDate,
    DateOnly? EndDate) : IIntegrationEvent;
