namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Early years recorded a child's registration at a provider (setting), entity version 1.</summary>
/// <param name="EndDate">When the child left, for a registration recorded after the event; added after version 1 of the contract (null from older publishers).</param>
/// <param name="State">Closed when recorded with an end date; added after version 1 of the contract (Open from older publishers).</param>
public sealed record SettingRegistrationRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid RegistrationId,
    string ProviderUrn,
    string SettingName,
    DateOnly StartDate,
    DateOnly? EndDate = null,
    RecordState State = RecordState.Open) : IIntegrationEvent;
