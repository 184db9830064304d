using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Inbox;

namespace ChildView.ChildProfile.Ingestion;

// What the profile keeps of each EarlyYears event; idempotency and versions are handled by the base and the ingestor.

public sealed class SettingRegistrationRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<SettingRegistrationRecorded>(inbox)
{
    protected override Task ApplyAsync(SettingRegistrationRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            new RecordFacts("setting-registration", message.RegistrationId, $"Registered at {message.SettingName} (URN {message.ProviderUrn})", message.StartDate),
            cancellationToken);
}
