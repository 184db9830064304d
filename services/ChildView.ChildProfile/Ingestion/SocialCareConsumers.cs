using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Inbox;

namespace ChildView.ChildProfile.Ingestion;

// What the profile keeps of each SocialCare event; idempotency and versions are handled by the base and the ingestor.

public sealed class ReferralRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<ReferralRecorded>(inbox)
{
    protected override Task ApplyAsync(ReferralRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            new RecordFacts("referral", message.ReferralId, $"Referral to children's social care (source {message.ReferralSource}{(message.PrimaryNeed is null ? "" : $", need {message.PrimaryNeed}")})", message.ReferralDate),
            cancellationToken);
}
