using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChildView.Messaging.Outbox;

/// <summary>
/// Keeps the outbox draining: woken by commits, polling only as a fallback, backing off while the
/// broker or database is unavailable. Rows simply wait until publishing succeeds.
/// </summary>
public sealed class OutboxRelayService(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelayService> logger) : BackgroundService
{
    private static readonly TimeSpan BusyRetry = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var retryDelay = settings.MinRetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            RelayResult result;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var relay = scope.ServiceProvider.GetRequiredService<OutboxRelay>();
                result = await relay.RunOnceAsync(settings.BatchSize, stoppingToken);
                if (result.Outcome == RelayOutcome.Idle && clock.GetUtcNow() >= _nextPrune)
                {
                    var store = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
                    var pruned = await store.PruneSentAsync(clock.GetUtcNow() - settings.SentRetention, stoppingToken);
                    _nextPrune = clock.GetUtcNow() + PruneEvery;
                    logger.LogDebug("Pruned {Count} sent outbox messages", pruned);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox relay pass failed; retrying in {Delay}", retryDelay);
                result = new RelayResult(RelayOutcome.Failed, 0, false);
            }

            try
            {
                switch (result)
                {
                    case { Outcome: RelayOutcome.Failed }:
                        await Task.Delay(retryDelay, stoppingToken);
                        retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, settings.MaxRetryDelay.Ticks));
                        break;
                    case { Outcome: RelayOutcome.Busy }:
                        await Task.Delay(BusyRetry, stoppingToken);
                        break;
                    case { BatchWasFull: true }:
                        retryDelay = settings.MinRetryDelay;
                        break;
                    default:
                        retryDelay = settings.MinRetryDelay;
                        await signal.WaitAsync(settings.PollInterval, stoppingToken);
                        break;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
