using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Inbox;

namespace ChildView.ChildProfile.Ingestion;

// What the profile keeps of each YouthOffending event; idempotency and versions are handled by the base and the ingestor.

public sealed class OffenceOutcomeRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<OffenceOutcomeRecorded>(inbox)
{
    protected override Task ApplyAsync(OffenceOutcomeRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            new RecordFacts("offence-outcome", message.OutcomeId, $"{message.OffenceType} (gravity {message.GravityScore}): {message.Outcome}", message.OutcomeDate),
            cancellationToken);
}
