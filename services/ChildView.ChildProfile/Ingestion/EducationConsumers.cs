using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Inbox;

namespace ChildView.ChildProfile.Ingestion;

// What the profile keeps of each Education event; idempotency and versions are handled by the base and the ingestor.

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

internal static class RecordTypes
{
    public static RecordFacts Pupil(Guid pupilId) => new("pupil", pupilId, "On a school roll in the county", null);
}
