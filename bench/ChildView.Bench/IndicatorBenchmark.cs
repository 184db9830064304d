using System.Diagnostics;
using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Indicators;
using ChildView.ChildProfile.Ingestion;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildView.Bench;

/// <summary>
/// What early-help indicators add to applying an event: the same six events per child (attendance,
/// two suspensions, an assessment with factors, an offence outcome, a closed early help episode)
/// applied in the profile's own transaction with the indicator derivation, and — the baseline, same
/// run, the next child — without it. Reported per event.
/// </summary>
public sealed class IndicatorBenchmark(BenchOptions options) : IBenchmark
{
    private const int WarmUpChildren = 10;

    public async Task<string> RunAsync()
    {
        await using var platform = new PlatformHost();
        await platform.StartAsync();
        var children = Math.Max(1, options.Writes / 6);

        await MeasureAsync(platform, WarmUpChildren, withIndicators: true);
        await MeasureAsync(platform, WarmUpChildren, withIndicators: false);

        // Alternating child by child, so drift on a shared machine (other load, autovacuum, a growing
        // table) falls on both sides alike.
        var baseline = new List<double>();
        var indicators = new List<double>();
        for (var c = 0; c < children; c++)
        {
            indicators.AddRange(await MeasureAsync(platform, 1, withIndicators: true));
            baseline.AddRange(await MeasureAsync(platform, 1, withIndicators: false));
        }

        var p50 = Percentiles.Of(indicators, 50);
        var baselineP50 = Percentiles.Of(baseline, 50);
        return $"indicators events={indicators.Count} p50_ms={Percentiles.Format(p50)} p95_ms={Percentiles.Format(Percentiles.Of(indicators, 95))} " +
               $"p99_ms={Percentiles.Format(Percentiles.Of(indicators, 99))} baseline_p50_ms={Percentiles.Format(baselineP50)} " +
               $"baseline_p95_ms={Percentiles.Format(Percentiles.Of(baseline, 95))} ratio_p50_vs_baseline={Percentiles.Format(p50 / baselineP50)}";
    }

    private static async Task<List<double>> MeasureAsync(PlatformHost platform, int children, bool withIndicators)
    {
        var timings = new List<double>(children * 6);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var c = 0; c < children; c++)
        {
            var identity = new ChildIdentity("bench", Guid.NewGuid().ToString("N"), "Bench", "Indicator", new DateOnly(2012, 1, 1), "M", null, TestIdentifiers.NewNhsNumber(), null);
            foreach (var (message, facts) in Events(identity, today))
            {
                await using var scope = platform.Profile.Services.CreateAsyncScope();
                var services = scope.ServiceProvider;
                var db = services.GetRequiredService<ProfileDbContext>();
                IEnumerable<IChildDerivation> derivations = withIndicators ? [services.GetRequiredService<EarlyHelpIndicators>()] : [];
                var ingestor = new RecordIngestor(db, services.GetRequiredService<ChildLinker>(), derivations, TimeProvider.System);
                var clock = Stopwatch.StartNew();
                await using var transaction = await db.Database.BeginTransactionAsync();
                await ingestor.IngestAsync(message, facts, CancellationToken.None);
                await transaction.CommitAsync();
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return timings;
    }

    private static IEnumerable<(IIntegrationEvent Message, RecordFacts Facts)> Events(ChildIdentity child, DateOnly today)
    {
        (IIntegrationEvent, RecordFacts) Event(IIntegrationEvent message, RecordFacts facts) => (message, facts);
        var now = DateTimeOffset.UtcNow;
        var attendance = Guid.NewGuid();
        yield return Event(
            new AttendanceSummaryRecorded(Guid.NewGuid(), SourceSystems.Education, 1, now, child, attendance, Guid.NewGuid(), "2026/27", "autumn", today.AddMonths(-2), today, 100, 85, 15, 0, 0, 85m, true, RecordState.Open),
            EducationRecords.AttendanceSummary(attendance, "2026/27", "autumn", today.AddMonths(-2), 100, 85m, true, RecordState.Open));
        foreach (var monthsAgo in new[] { 5, 1 })
        {
            var exclusion = Guid.NewGuid();
            var start = today.AddMonths(-monthsAgo);
            yield return Event(
                new ExclusionRecorded(Guid.NewGuid(), SourceSystems.Education, 1, now, child, exclusion, Guid.NewGuid(), "FIXD", "DB", start, start.AddDays(1), 2, RecordState.Open),
                EducationRecords.Exclusion(exclusion, "FIXD", "DB", start, start.AddDays(1), 2, RecordState.Open));
        }

        var assessment = Guid.NewGuid();
        yield return Event(
            new AssessmentRecorded(Guid.NewGuid(), SourceSystems.SocialCare, 1, now, child, assessment, Guid.NewGuid(), today.AddMonths(-1), ["3B", "4B"]),
            SocialCareRecords.Assessment(assessment, today.AddMonths(-1), null, ["3B", "4B"]));
        var outcome = Guid.NewGuid();
        yield return Event(
            new OffenceOutcomeRecorded(Guid.NewGuid(), SourceSystems.YouthOffending, 1, now, child, outcome, today.AddMonths(-3), "Theft", 2, "youth-caution", today.AddMonths(-2)),
            YouthOffendingRecords.OffenceOutcome(outcome, "Theft", 2, "youth-caution", null, today.AddMonths(-2), RecordState.Open));
        var episode = Guid.NewGuid();
        yield return Event(
            new EarlyHelpEpisodeChanged(Guid.NewGuid(), SourceSystems.EarlyYears, 2, now, child, episode, RecordState.Closed, today.AddMonths(-6), today.AddMonths(-6), "Lead", null, null, today.AddMonths(-1), "disengaged"),
            EarlyYearsRecords.EarlyHelp(episode, "Lead", today.AddMonths(-6), today.AddMonths(-1), "disengaged", RecordState.Closed));
    }
}
