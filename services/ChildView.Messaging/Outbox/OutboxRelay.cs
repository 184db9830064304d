using Microsoft.Extensions.Logging;

namespace ChildView.Messaging.Outbox;

public enum RelayOutcome
{
    /// <summary>Nothing was waiting.</summary>
    Idle,

    /// <summary>Every claimed message went out; more may be waiting if the batch was full.</summary>
    Published,

    /// <summary>A publish failed: the rest of the batch stays unsent so that order is kept.</summary>
    Failed,

    /// <summary>Another relay instance holds the outbox.</summary>
    Busy,
}

public sealed record RelayResult(RelayOutcome Outcome, int PublishedCount, bool BatchWasFull);

/// <summary>
/// One pass of the relay: publish claimed messages strictly in order and stop at the first failure,
/// so a later event never overtakes an earlier one for the same entity.
/// </summary>
public sealed class OutboxRelay(IOutboxStore store, IOutboxPublisher publisher, TimeProvider clock, ILogger<OutboxRelay> logger)
{
    public async Task<RelayResult> RunOnceAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var batch = await store.ClaimAsync(batchSize, cancellationToken);
        if (batch is null)
        {
            return new RelayResult(RelayOutcome.Busy, 0, false);
        }

        if (batch.Messages.Count == 0)
        {
            return new RelayResult(RelayOutcome.Idle, 0, false);
        }

        var published = 0;
        var failed = false;
        foreach (var message in batch.Messages)
        {
            try
            {
                await publisher.PublishAsync(message, cancellationToken);
                batch.MarkSent(message, clock.GetUtcNow());
                published++;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Publishing outbox message {MessageId} ({MessageType}) failed; it will be retried", message.Id, message.MessageType);
                batch.MarkFailed(message, ex.Message);
                failed = true;
                break;
            }
        }

        await batch.CompleteAsync(CancellationToken.None);
        return new RelayResult(failed ? RelayOutcome.Failed : RelayOutcome.Published, published, batch.Messages.Count >= batchSize);
    }
}
