using System.Diagnostics;
using System.Globalization;
using ChildView.Education.Data;
using ChildView.Migration.Generation;
using ChildView.Migration.Input;
using ChildView.Migration.Loading;
using ChildView.Migration.Mapping;
using ChildView.Migration.Pipeline;
using ChildView.Migration.Validation;
using ChildView.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ChildView.Bench;

/// <summary>
/// The migration pipeline on a generated messy pupils extract (default 1,000,000 rows, seeded): read, validate,
/// transform, binary COPY into <c>pupils</c> with the batch's legacy keys, its outbox record set (one event per
/// pupil once the relay expands it) and a checkpoint per batch, in a throwaway database with Education's real
/// schema. Baseline: the raw binary COPY of the same valid rows, already typed, into a table shaped like
/// <c>pupils</c> with its indexes (no validation, keys, events or checkpoints), in one COPY through Npgsql's
/// importer. Both run <see cref="Repetitions"/> times, interleaved, each in a fresh database, after an uncounted
/// warm-up; the figures are the medians. ratio = copy seconds / migration seconds for the same loaded rows.
/// </summary>
public sealed class MigrationBenchmark(int rows) : IBenchmark
{
    private const int Repetitions = 5;

    private const int WarmUpRows = 200_000;

    private const string DefaultConnection = "Host=127.0.0.1;Port=54329;Username=childview;Password=childview-dev";

    public async Task<string> RunAsync()
    {
        var baseConnection = Environment.GetEnvironmentVariable("ConnectionStrings__postgres") is { Length: > 0 } configured ? configured : DefaultConnection;
        var folder = Directory.CreateTempSubdirectory("childview-bench-migration-").FullName;
        try
        {
            var input = Path.Combine(folder, "pupils.csv");
            var clock = Stopwatch.StartNew();
            new LegacyExtractGenerator(seed: 20261125).Write("pupils", rows, input);
            Log($"generated {rows:N0} rows ({new FileInfo(input).Length / 1e6:0} MB) in {clock.Elapsed.TotalSeconds:0.0} s");
            var mapping = MappingLoader.Load(Path.Combine(RepositoryRoot.Path, "tools", "ChildView.Migration", "samples", "legacy-sims-pupils.yaml"));
            // Warm-up, not counted: JIT compilation is paid once per process, a real migration spreads it over
            // terabytes, and a cold first repetition would measure the compiler rather than the pipeline.
            var warmUp = Path.Combine(folder, "warm-up.csv");
            new LegacyExtractGenerator(seed: 1).Write("pupils", Math.Min(rows, WarmUpRows), warmUp);
            var warm = await InFreshDatabaseAsync(baseConnection, connection => RepeatAsync(connection, warmUp, folder, mapping));
            Log($"warm-up on {Math.Min(rows, WarmUpRows):N0} rows: migration {warm.Migration:0.00} s, baseline COPY {warm.Copy:0.00} s (not counted)");

            var runs = new List<(double Migration, double Copy, MigrationResult Result)>();
            for (var repetition = 1; repetition <= Repetitions; repetition++)
            {
                var (migration, copy, result) = await InFreshDatabaseAsync(baseConnection, connection => RepeatAsync(connection, input, folder, mapping));
                Log($"run {repetition}: migration {migration:0.00} s (COPY {result.LoadTimings.Copy.TotalSeconds:0.00} s, rest of the transactions {result.LoadTimings.Commit.TotalSeconds:0.00} s), baseline COPY {copy:0.00} s");
                runs.Add((migration, copy, result));
            }

            var figures = runs[0].Result.Reconciliation;
            var validRows = figures.Loaded;
            var migrationSeconds = Median(runs.Select(r => r.Migration));
            var copySeconds = Median(runs.Select(r => r.Copy));
            return string.Create(CultureInfo.InvariantCulture,
                $"migration rows={figures.RowsRead} loaded={figures.Loaded} rejected={figures.Rejected} seconds={migrationSeconds:F2} rows_per_s={figures.RowsRead / migrationSeconds:F0} loaded_per_s={figures.Loaded / migrationSeconds:F0} copy_rows_per_s={validRows / copySeconds:F0} ratio={copySeconds / migrationSeconds:F2} runs={Repetitions} ratio_min={runs.Min(r => r.Copy / r.Migration):F2} ratio_max={runs.Max(r => r.Copy / r.Migration):F2}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// One migration, then the baseline. The baseline's typed rows are made after the migration (untimed) and
    /// dropped after the COPY, so the migration does not run beside a heap of a million records it never made.
    /// </summary>
    private static async Task<(double Migration, double Copy, MigrationResult Result)> RepeatAsync(string connection, string input, string folder, SourceMapping mapping)
    {
        var options = new DbContextOptionsBuilder<EducationDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using (var db = new EducationDbContext(options))
            await db.Database.MigrateAsync();
        await ExecuteAsync(connection, "CREATE TABLE copy_baseline (LIKE pupils INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)");
        // Autovacuum analysing one side's fresh million rows while the other is timed would favour whichever runs first.
        await ExecuteAsync(connection, "ALTER TABLE pupils SET (autovacuum_enabled = false); ALTER TABLE copy_baseline SET (autovacuum_enabled = false); ALTER TABLE outbox_messages SET (autovacuum_enabled = false)");

        var clock = Stopwatch.StartNew();
        var result = await new MigrationRunner(new MigrationOptions
        {
            InputPath = input,
            Mapping = mapping,
            TargetConnection = connection,
            Match = false,
            OutputDirectory = Path.Combine(folder, "out"),
        }).RunAsync();
        var migrationSeconds = clock.Elapsed.TotalSeconds;
        var figures = result.Reconciliation;
        var valid = ValidRows(input, mapping);
        if (!figures.Balanced || figures.Loaded != valid.Count || figures.Inserted != valid.Count)
            throw new InvalidOperationException($"reconciliation failed: {figures.Statement}");

        clock.Restart();
        await CopyAsync(connection, valid, mapping);
        return (migrationSeconds, clock.Elapsed.TotalSeconds, result);
    }

    private static async Task<T> InFreshDatabaseAsync<T>(string baseConnection, Func<string, Task<T>> run)
    {
        var database = "cv_bench_migration_" + Guid.NewGuid().ToString("N")[..10];
        var admin = new NpgsqlConnectionStringBuilder(baseConnection) { Database = "postgres", Pooling = false }.ConnectionString;
        await ExecuteAsync(admin, $"CREATE DATABASE {database}");
        try
        {
            return await run(new NpgsqlConnectionStringBuilder(baseConnection) { Database = database, CommandTimeout = 600 }.ConnectionString);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static List<MigrationRecord> ValidRows(string input, SourceMapping mapping)
    {
        using var reader = LegacyReaders.Open(input);
        var validator = new RowValidator(mapping, reader.Header, DateOnly.FromDateTime(DateTime.UtcNow));
        var valid = new List<MigrationRecord>();
        while (reader.TryRead(out var row, out var values))
        {
            if (validator.Validate(row, values).Record is { } record)
                valid.Add(record);
        }

        return valid;
    }

    private static async Task CopyAsync(string connectionString, List<MigrationRecord> rows, SourceMapping mapping)
    {
        var fields = mapping.Target.Fields;
        var now = DateTimeOffset.UtcNow;
        var ids = new SequentialUuid(TimeProvider.System);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        using var importer = connection.BeginBinaryImport(
            $"COPY copy_baseline (id, {string.Join(", ", fields.Select(f => f.Column))}, version, state, created_at, updated_at) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            importer.Write(ids.Next(), NpgsqlDbType.Uuid);
            foreach (var value in row.Values)
            {
                switch (value)
                {
                    case null: importer.WriteNull(); break;
                    case DateOnly date: importer.Write(date, NpgsqlDbType.Date); break;
                    case bool flag: importer.Write(flag, NpgsqlDbType.Boolean); break;
                    default: importer.Write((string)value, NpgsqlDbType.Text); break;
                }
            }

            importer.Write(1L, NpgsqlDbType.Bigint);
            importer.Write("Open", NpgsqlDbType.Text);
            importer.Write(now, NpgsqlDbType.TimestampTz);
            importer.Write(now, NpgsqlDbType.TimestampTz);
        }

        importer.Complete();
    }

    private static void Log(string message) => Console.Error.WriteLine($"migration: {message}");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
