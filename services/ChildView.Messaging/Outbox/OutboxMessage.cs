namespace ChildView.Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the change it
/// describes. <see cref="Sequence"/> is assigned by the database on insert; the relay publishes in
/// that order. Two writes to the same entity are serialised by its row lock and concurrency token,
/// so their sequences follow their commit order; consumers check entity versions for the rest.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public long Sequence { get; init; }

    public required string MessageType { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
