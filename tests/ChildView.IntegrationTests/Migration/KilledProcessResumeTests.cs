using System.Diagnostics;
using ChildView.Education;
using ChildView.IntegrationTests.Support;
using ChildView.Migration.Generation;
using ChildView.Migration.Pipeline;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Migration;

/// <summary>
/// The command killed outright (no cancellation, no clean-up) mid-run, then run again. Its thousands
/// of migrated pupils go on a platform of its own, so their events never queue ahead of other tests'.
/// </summary>
[Collection(KilledProcessResumeTests.CollectionName)]
public sealed class KilledProcessResumeTests(KilledProcessResumeTests.OwnPlatform platform) : IClassFixture<KilledProcessResumeTests.OwnPlatform>, IDisposable
{
    /// <summary>Its 60,000 migrated pupils are ingested by its own profile, alone, after the parallel collections.</summary>
    public const string CollectionName = "killed-process";

    public sealed class OwnPlatform : PlatformHost, IAsyncLifetime
    {
        Task IAsyncLifetime.InitializeAsync() => StartAsync();

        Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
    }

    private readonly MigrationWorkspace _workspace = new();

    private string Education => platform.Infrastructure.Database(EducationApi.DatabaseName.Replace("db", "", StringComparison.Ordinal));

    [Fact]
    public async Task A_killed_command_resumes_from_its_checkpoint_and_reconciles_exactly()
    {
        var source = MigrationWorkspace.UniqueSource("killproc");
        var input = Path.Combine(_workspace.Folder, "pupils.csv");
        new LegacyExtractGenerator(seed: 31).Write("pupils", Rows, input);
        var mappingPath = Path.Combine(_workspace.Folder, "mapping.yaml");
        var sample = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "tools", "ChildView.Migration", "samples", "legacy-sims-pupils.yaml"));
        await File.WriteAllTextAsync(mappingPath, sample.Replace("source: legacy-sims-pupils", $"source: {source}", StringComparison.Ordinal));

        using (var command = StartCommand(mappingPath, input))
        {
            await Poll.UntilAsync(
                async () => await ServiceDatabase.CountAsync(Education, LoadedBatches, ("source", source)) >= 3 ? (object)true : null,
                TimeSpan.FromSeconds(60), "the command's third committed batch");
            command.Kill(entireProcessTree: true);
            await command.WaitForExitAsync();
        }

        var committedBeforeKill = await ServiceDatabase.CountAsync(Education, "SELECT coalesce(sum(rows), 0) FROM migration.loaded_batches WHERE source = @source", ("source", source));
        Assert.InRange(committedBeforeKill, 1, Rows - 1);
        Assert.Equal(["running"], await ServiceDatabase.RowsAsync(Education, "SELECT outcome FROM migration.runs WHERE source = @source", ("source", source)));

        var mapping = MigrationWorkspace.Sample("legacy-sims-pupils.yaml", source);
        var resumed = await new MigrationRunner(_workspace.Options(input, mapping, Education, batchRows: 100)).RunAsync();

        Assert.Equal(committedBeforeKill, resumed.RowsLoadedBefore);
        Assert.Equal(0, await ServiceDatabase.CountAsync(Education, LoadedBatches, ("source", source)));
        var figures = resumed.Reconciliation;
        Assert.True(figures.Balanced, figures.Statement);
        Assert.Equal(Rows, figures.RowsRead);
        Assert.Equal(figures.Loaded, figures.Inserted);
        Assert.Equal(figures.Loaded, figures.KeysInTarget);
        Assert.Equal(figures.Loaded, (await OutboxRecordSets.SourceEntriesAsync(Education, source)).Count);
        Assert.Equal(["interrupted|0", $"completed|{Rows}"], await ServiceDatabase.RowsAsync(Education,
            "SELECT outcome, coalesce(rows_read, 0) FROM migration.runs WHERE source = @source ORDER BY started_at", ("source", source)));
    }

    /// <summary>Enough 100-row batches that the command is still loading when the third has committed.</summary>
    private const int Rows = 60_000;

    private const string LoadedBatches = "SELECT count(*) FROM migration.loaded_batches WHERE source = @source";

    private Process StartCommand(string mapping, string input)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "childview-migrate.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "run", "--mapping", mapping, "--input", input, "--target-db", Education, "--no-match", "--batch-rows", "100", "--out", Path.Combine(_workspace.Folder, "cli-out") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start childview-migrate");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public void Dispose() => _workspace.Dispose();
}

[CollectionDefinition(KilledProcessResumeTests.CollectionName, DisableParallelization = true)]
public sealed class KilledProcessCollection;
