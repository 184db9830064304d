using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Indicators;

/// <summary>
/// Windows close with time, not with events: a youth caution stops counting twelve months on even
/// if nothing else about the child changes. Once a day (and at start, to catch up after downtime)
/// every child with an open flag is re-evaluated, a batch per transaction, so such flags clear.
/// </summary>
public sealed class IndicatorSweep(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<IndicatorSweep> logger) : BackgroundService
{
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Indicators:SweepInterval", TimeSpan.FromDays(1));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                var swept = await SweepAsync(stoppingToken);
                logger.LogInformation("Indicator sweep re-evaluated {Children} children with open flags", swept);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The next event or sweep evaluates the same children again; nothing is lost by waiting.
                logger.LogWarning(error, "Indicator sweep failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Re-evaluates every child with an open flag (and the children of flagged families); returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        List<Guid> children;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProfileDbContext>();
            children = await db.IndicatorFlags.Where(f => f.ClearedAt == null).Select(f => f.ChildId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
        }

        foreach (var batch in children.Chunk(BatchSize))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProfileDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<EarlyHelpIndicators>().RefreshAsync(batch, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return children.Count;
    }
}
