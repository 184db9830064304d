using System.CommandLine;
using System.Globalization;
using ChildView.Migration.Mapping;
using ChildView.Migration.Pipeline;
using Spectre.Console;

namespace ChildView.Migration.Cli;

/// <summary>
/// <c>run --mapping FILE.yaml --input FILE</c>: runs one source with a progress bar (rows, rate, ETA), then
/// prints the reconciliation and where the reports are.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var mapping = MigrationCommandLine.ExistingFile("--mapping", "the source's YAML mapping file");
        var input = MigrationCommandLine.ExistingFile("--input", "the legacy extract: .csv or .xlsx");
        var targetDb = new Option<string?>("--target-db")
        {
            Description = "the owning service's database (Npgsql connection string); not needed with --dry-run",
            HelpName = "CONNECTION",
        };
        var profileDb = new Option<string?>("--profile-db")
        {
            Description = "match against the profile's children (else against the service's own records)",
            HelpName = "CONNECTION",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "validate and report without loading" };
        var noMatch = new Option<bool>("--no-match") { Description = "skip identity resolution against existing children" };
        var output = new Option<string>("--out")
        {
            Description = "folder for the rejects, kept rows and quality reports",
            HelpName = "DIR",
            DefaultValueFactory = _ => "migration-output",
        };
        var batchRows = MigrationCommandLine.PositiveNumber("--batch-rows", "rows per load transaction", MigrationOptions.DefaultBatchRows);
        var command = new Command("run", "Validate a legacy extract and load it into the owning service's database (or only report, with --dry-run).")
        {
            mapping, input, targetDb, profileDb, dryRun, noMatch, output, batchRows,
        };
        command.Validators.Add(result =>
        {
            if (!result.GetValue(dryRun) && result.GetValue(targetDb) is null)
                result.AddError("--target-db is required unless --dry-run is given");
        });
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(new MigrationOptions
        {
            Mapping = MappingLoader.Load(parsed.GetRequiredValue(mapping).FullName),
            InputPath = parsed.GetRequiredValue(input).FullName,
            TargetConnection = parsed.GetValue(targetDb),
            ProfileConnection = parsed.GetValue(profileDb),
            DryRun = parsed.GetValue(dryRun),
            Match = !parsed.GetValue(noMatch),
            BatchRows = parsed.GetValue(batchRows),
            OutputDirectory = parsed.GetRequiredValue(output),
        }, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(MigrationOptions options, CancellationToken cancellationToken)
    {
        var source = Markup.Escape(options.Mapping.Source);
        MigrationResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"{source}: starting", maxValue: 1);
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
                        $"{source}: {p.RowsRead:N0} rows · {rate.PerSecond(p.RowsRead):N0} rows/s · loaded {p.Loaded:N0} · rejected {p.Rejected:N0}");
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
