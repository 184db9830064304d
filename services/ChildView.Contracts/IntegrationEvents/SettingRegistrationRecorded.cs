namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Early years recorded a child's registration at a provider (setting).</summary>
public sealed record SettingRegistrationRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid RegistrationId,
    string ProviderUrn,
    string SettingName,
    DateOnly StartDate) : IIntegrationEvent;
