using System.Globalization;
using ChildView.Migration.Mapping;
using ChildView.Migration.Pipeline;
using Spectre.Console;

namespace ChildView.Migration.Cli;

/// <summary>Runs one source with a progress bar (rows, rate, ETA), then prints the reconciliation and where the reports are.</summary>
public static class RunCommand
{
    public static async Task<int> ExecuteAsync(CliArguments arguments, CancellationToken cancellationToken)
    {
        var mapping = MappingLoader.Load(arguments.Required("--mapping"));
        var options = new MigrationOptions
        {
            InputPath = arguments.Required("--input"),
            Mapping = mapping,
            TargetConnection = arguments.Optional("--target-db"),
            ProfileConnection = arguments.Optional("--profile-db"),
            DryRun = arguments.Has("--dry-run"),
            Match = !arguments.Has("--no-match"),
            BatchRows = arguments.Int("--batch-rows", MigrationOptions.DefaultBatchRows),
            OutputDirectory = arguments.Optional("--out") ?? "migration-output",
        };
        if (!options.DryRun && options.TargetConnection is null)
            throw new ArgumentException("--target-db is required unless --dry-run is given");

        MigrationResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"{Markup.Escape(mapping.Source)}: starting", maxValue: 1);
                var rate = new RowRate();
                var progress = new SynchronousProgress<MigrationProgress>(p =>
                {
                    task.IsIndeterminate = p.BytesTotal == 0;
                    if (p.BytesTotal > 0)
                    {
                        task.MaxValue = p.BytesTotal;
                        task.Value = p.BytesRead;
                    }

                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{Markup.Escape(mapping.Source)}: {p.RowsRead:N0} rows · {rate.PerSecond(p.RowsRead):N0} rows/s · loaded {p.Loaded:N0} · rejected {p.Rejected:N0}");
                });
                result = await new MigrationRunner(options, progress).RunAsync(cancellationToken);
                task.Value = task.MaxValue;
                task.StopTask();
            });

        Summary.Print(result!);
        return result!.Reconciliation.Balanced ? 0 : 1;
    }

    /// <summary>Reports on the caller's thread, one at a time: batches commit on several loading threads.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        private readonly Lock _gate = new();

        public void Report(T value)
        {
            lock (_gate)
                report(value);
        }
    }
}
