namespace ChildView.Messaging.Inbox;

/// <summary>
/// A message a consumer has already applied. Written in the same transaction as the consumer's
/// changes, so "applied" and "recorded as applied" can never disagree.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public required string Consumer { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
