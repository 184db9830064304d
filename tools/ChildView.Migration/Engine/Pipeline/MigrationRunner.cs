using System.Diagnostics;
using ChildView.Linkage.Records;
using ChildView.Migration.Input;
using ChildView.Migration.Loading.Postgres;
using ChildView.Migration.Matching;
using ChildView.Migration.Matching.Postgres;
using ChildView.Migration.Quality;
using ChildView.Migration.Validation;

namespace ChildView.Migration.Pipeline;

/// <summary>
/// Runs one source end to end: hash the file, pick up the checkpoint of an unfinished run of the same file,
/// stream rows through validation (rejects to file), load each batch while the next is validated, then reconcile,
/// record the run and write the quality report. A dry run validates and reports without loading.
/// </summary>
public sealed class MigrationRunner(MigrationOptions options, IProgress<MigrationProgress>? progress = null)
{
    private readonly SourceStatistics _statistics = new();

    public async Task<MigrationResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var mapping = options.Mapping;
        var run = Guid.CreateVersion7(options.Clock.GetUtcNow());
        var sha = await FileHash.Sha256Async(options.InputPath, cancellationToken);
        Directory.CreateDirectory(options.OutputDirectory);
        var rejectsPath = Path.Combine(options.OutputDirectory, $"{mapping.Source}.rejects.csv");

        using var input = LegacyReaders.Open(options.InputPath);
        var missing = mapping.Columns.Keys.Append(mapping.KeyColumn).Where(c => !input.Header.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new MigrationInputException($"{Path.GetFileName(options.InputPath)} has no column {string.Join(", ", missing.Select(m => $"'{m}'"))} named by the mapping (columns: {string.Join(", ", input.Header.Names)})");

        var existing = options.Match
            ? await ExistingChildren.ReadAsync(mapping.Target, mapping.Source, options.ProfileConnection, options.TargetConnection, cancellationToken)
            : [];

        await using var ledger = options.TargetConnection is { } connection ? await RunLedger.OpenAsync(connection, mapping.Source, cancellationToken) : null;
        var resume = ledger is null || options.DryRun ? ResumePoint.None : await ledger.ReadResumePointAsync(mapping.Source, sha, cancellationToken);
        if (ledger is not null)
            await ledger.StartRunAsync(run, options, sha, resume.LastRow, cancellationToken);

        PostgresLoader? loader = null;
        RowValidator? validator = null;
        var people = new List<PersonRecord>();
        try
        {
            if (!options.DryRun)
            {
                loader = await PostgresLoader.OpenAsync(options.TargetConnection ?? throw new ArgumentException("A target database connection is needed unless it is a dry run."),
                    mapping.Target, mapping.Source, run, sha, options.Clock, resume, options.BatchRows, cancellationToken);
                loader.Committed = () => Report(input, loader);
            }

            // Values the service already holds are known only with its database; a dry run compares the source's rows.
            var unique = loader is not null
                ? await loader.UniqueValuesAsync(cancellationToken)
                : mapping.Target.UniqueField is { } field ? UniqueValues.WithinSource(field) : null;
            validator = new RowValidator(mapping, input.Header, options.Today, unique);
            loader?.Start(cancellationToken);

            await ReadAndValidateAsync(input, validator, rejectsPath, loader, resume, people, cancellationToken);
            if (loader is not null)
                await loader.Completion;

            var figures = await FiguresAsync(ledger, loader, cancellationToken);
            if (ledger is not null)
            {
                if (loader is not null)
                    await ledger.ForgetLoadedBatchesAsync(mapping.Source, cancellationToken);
                await ledger.EndRunAsync(run, options.DryRun ? "dry-run" : figures.Balanced ? "completed" : "unbalanced", figures, loader?.Batches ?? 0, null, options.Clock.GetUtcNow());
            }

            Report(input, loader);
            var matching = options.Match
                ? SourceMatcher.Summarise(people, existing, mapping.Target.StrongIdKind, options.ProfileConnection is not null ? "profile children" : $"{mapping.Target.Service} records")
                : null;
            var report = BuildReport(sha, figures, validator, matching);
            var (json, html) = QualityReportWriter.Write(report, options.OutputDirectory);
            var keptPath = KeptRowsWriter.Write(Path.Combine(options.OutputDirectory, $"{mapping.Source}.kept.csv"), loader?.KeptRows ?? []);
            return new MigrationResult(run, figures, report, rejectsPath, json, html, resume.Rows, clock.Elapsed) { LoadTimings = loader?.Timings ?? default, KeptPath = keptPath };
        }
        catch (Exception error)
        {
            if (ledger is not null)
            {
                var figures = await FiguresAsync(null, loader, CancellationToken.None);
                var outcome = error is OperationCanceledException ? "cancelled" : "failed";
                await ledger.EndRunAsync(run, outcome, figures, loader?.Batches ?? 0, error.Message, options.Clock.GetUtcNow());
            }

            throw;
        }
        finally
        {
            if (loader is not null)
                await loader.DisposeAsync();
        }
    }

    private async Task ReadAndValidateAsync(ILegacyReader input, RowValidator validator, string rejectsPath, PostgresLoader? loader, ResumePoint resume,
        List<PersonRecord> people, CancellationToken cancellationToken)
    {
        var rowsInBatch = 0;
        long firstRow = 0;
        var sizer = new BatchSizer(options.BatchRows);
        var batchRows = sizer.NextBatchRows(0, 0, input.Length);
        long lastRow = 0;
        using var rejects = new RejectsWriter(rejectsPath);
        try
        {
            while (input.TryRead(out var rowNumber, out var values))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = validator.Validate(rowNumber, values);
                _statistics.Count(outcome);
                lastRow = rowNumber;
                if (rowsInBatch == 0)
                    firstRow = rowNumber;
                if (outcome.Record is { } record)
                {
                    if (options.Match)
                        people.Add(PersonRecords.From(record, options.Mapping.Target.StrongIdKind));
                    if (resume.Covers(rowNumber))
                        _validBeforeResume++;
                    else
                        loader?.Add(record);
                }
                else
                {
                    foreach (var rejection in outcome.Rejections)
                        rejects.Write(rejection);
                }

                if (++rowsInBatch < batchRows)
                    continue;
                await EndBatchAsync();
            }

            await EndBatchAsync();
            loader?.Complete();
        }
        catch (Exception error)
        {
            loader?.Complete(error);
            throw;
        }

        async Task EndBatchAsync()
        {
            if (loader is { PendingRows: > 0 })
                await loader.EndBatchAsync(firstRow, lastRow, cancellationToken);
            else if (loader is null)
                Report(input, null);
            rowsInBatch = 0;
            batchRows = sizer.NextBatchRows(_statistics.RowsRead, input.Position, input.Length);
        }
    }

    private async Task<Reconciliation> FiguresAsync(RunLedger? ledger, PostgresLoader? loader, CancellationToken cancellationToken)
    {
        var keys = ledger is not null && loader is not null ? await ledger.KeysInTargetAsync(options.Mapping.Source, cancellationToken) : 0;
        // Valid rows in the batches an interrupted run committed are loaded, by that run.
        var loaded = loader is null ? 0 : _validBeforeResume + loader.Loaded;
        return new Reconciliation(_statistics.RowsRead, _statistics.Valid, loaded, _statistics.Rejected, loader?.Inserted ?? 0, loader?.Updated ?? 0, keys, options.DryRun, loader?.Kept ?? 0);
    }

    private long _validBeforeResume;

    private void Report(ILegacyReader input, PostgresLoader? loader) =>
        progress?.Report(new MigrationProgress(_statistics.RowsRead, _statistics.Rejected, loader?.Loaded ?? 0, input.Position, input.Length, loader?.Batches ?? 0));

    private QualityReport BuildReport(string sha, Reconciliation figures, RowValidator validator, MatchSummary? matching)
    {
        var mapping = options.Mapping;
        var rows = Math.Max(1, figures.RowsRead);
        var fields = validator.Fields.Select((field, i) => new FieldQuality(
            field.Name,
            mapping.Columns.FirstOrDefault(c => c.Value == field.Name).Key,
            validator.Tally.Present[i],
            validator.Tally.Valid[i],
            Math.Round((double)validator.Tally.Present[i] / rows, 4),
            validator.Tally.Present[i] == 0 ? 1 : Math.Round((double)validator.Tally.Valid[i] / validator.Tally.Present[i], 4))).ToList();
        var reasons = _statistics.Reasons
            .OrderByDescending(r => r.Value).ThenBy(r => r.Key.Field, StringComparer.Ordinal).Take(10)
            .Select(r => new ReasonCount(r.Key.Field, r.Key.Reason, r.Value)).ToList();
        return new QualityReport(mapping.Source, mapping.Target.Name, Path.GetFileName(options.InputPath), sha, options.DryRun, options.Clock.GetUtcNow(),
            figures, fields, reasons, validator.DuplicateKeys, matching);
    }
}
