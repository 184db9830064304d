using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChildView.ServiceKit.Auditing;

/// <summary>Runs the chainer every <see cref="AuditChainOptions.ChainInterval"/>; a failed round is logged and retried.</summary>
public sealed class AuditChainWorker(AuditChainer chainer, AuditChainOptions options, TimeProvider clock, ILogger<AuditChainWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.ChainInterval, clock);
        try
        {
            await RunAsync(timer, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped: the rows not yet chained are chained by whichever chainer runs next.
        }
    }

    private async Task RunAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        do
        {
            try
            {
                await chainer.ChainOnceAsync(options.AnchorInterval, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Audit chaining failed; retrying");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
