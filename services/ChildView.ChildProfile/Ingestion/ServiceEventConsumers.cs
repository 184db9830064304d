using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Inbox;

namespace ChildView.ChildProfile.Ingestion;

// One consumer per event type: each only says what the profile keeps of its record.

public sealed class PupilRegisteredConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<PupilRegistered>(inbox)
{
    protected override Task ApplyAsync(PupilRegistered message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, RecordTypes.Pupil(message.PupilId), cancellationToken);
}

public sealed class PupilDetailsChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<PupilDetailsChanged>(inbox)
{
    protected override Task ApplyAsync(PupilDetailsChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, RecordTypes.Pupil(message.PupilId) with { State = message.State }, cancellationToken);
}

public sealed class ReferralRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<ReferralRecorded>(inbox)
{
    protected override Task ApplyAsync(ReferralRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            new RecordFacts("referral", message.ReferralId, $"Referral to children's social care (source {message.ReferralSource}{(message.PrimaryNeed is null ? "" : $", need {message.PrimaryNeed}")})", message.ReferralDate),
            cancellationToken);
}

public sealed class OffenceOutcomeRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<OffenceOutcomeRecorded>(inbox)
{
    protected override Task ApplyAsync(OffenceOutcomeRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            new RecordFacts("offence-outcome", message.OutcomeId, $"{message.OffenceType} (gravity {message.GravityScore}): {message.Outcome}", message.OutcomeDate),
            cancellationToken);
}

public sealed class SettingRegistrationRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<SettingRegistrationRecorded>(inbox)
{
    protected override Task ApplyAsync(SettingRegistrationRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            new RecordFacts("setting-registration", message.RegistrationId, $"Registered at {message.SettingName} (URN {message.ProviderUrn})", message.StartDate),
            cancellationToken);
}

internal static class RecordTypes
{
    public static RecordFacts Pupil(Guid pupilId) => new("pupil", pupilId, "On a school roll in the county", null);
}
