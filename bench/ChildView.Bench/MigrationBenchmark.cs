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
/// schema. Baseline in the same run: the raw binary COPY of the same valid rows, already typed, into a table
/// shaped like <c>pupils</c> with its indexes (no validation, keys, events or checkpoints), written the same
/// synchronous way. ratio = copy seconds / migration seconds for the same loaded rows.
/// </summary>
public sealed class MigrationBenchmark(int rows) : IBenchmark
{
    /// <summary>Small enough that COPY of one batch and the merge of the previous one overlap for most of the run.</summary>
    private const int BatchRows = 20_000;

    private const string DefaultConnection = "Host=127.0.0.1;Port=54329;Username=childview;Password=childview-dev";

    public async Task<string> RunAsync()
    {
        var baseConnection = Environment.GetEnvironmentVariable("ConnectionStrings__postgres") is { Length: > 0 } configured ? configured : DefaultConnection;
        var database = "cv_bench_migration_" + Guid.NewGuid().ToString("N")[..10];
        var connection = new NpgsqlConnectionStringBuilder(baseConnection) { Database = database, CommandTimeout = 600 }.ConnectionString;
        var admin = new NpgsqlConnectionStringBuilder(baseConnection) { Database = "postgres", Pooling = false }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("childview-bench-migration-").FullName;
        await ExecuteAsync(admin, $"CREATE DATABASE {database}");
        try
        {
            return await RunInAsync(connection, folder);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<string> RunInAsync(string connection, string folder)
    {
        var options = new DbContextOptionsBuilder<EducationDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using (var db = new EducationDbContext(options))
            await db.Database.MigrateAsync();

        var input = Path.Combine(folder, "pupils.csv");
        var clock = Stopwatch.StartNew();
        new LegacyExtractGenerator(seed: 20261125).Write("pupils", rows, input);
        Log($"generated {rows:N0} rows ({new FileInfo(input).Length / 1e6:0} MB) in {clock.Elapsed.TotalSeconds:0.0} s");

        var mapping = MappingLoader.Load(Path.Combine(RepositoryRoot.Path, "tools", "ChildView.Migration", "samples", "legacy-sims-pupils.yaml"));
        clock.Restart();
        var valid = ValidRows(input, mapping);
        var validateSeconds = clock.Elapsed.TotalSeconds;
        Log($"read + validate + convert alone: {validateSeconds:0.0} s");
        await ExecuteAsync(connection, "CREATE TABLE copy_baseline (LIKE pupils INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)");

        var (gc0, gc1, gc2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        clock.Restart();
        var result = await new MigrationRunner(new MigrationOptions
        {
            InputPath = input,
            Mapping = mapping,
            TargetConnection = connection,
            Match = false,
            BatchRows = BatchRows,
            OutputDirectory = Path.Combine(folder, "out"),
        }).RunAsync();
        var migrationSeconds = clock.Elapsed.TotalSeconds;
        Log($"GC during migration: gen0 {GC.CollectionCount(0) - gc0} gen1 {GC.CollectionCount(1) - gc1} gen2 {GC.CollectionCount(2) - gc2}, paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s");
        var figures = result.Reconciliation;
        Log($"migration: {figures.Statement}; inserted {figures.Inserted:N0} in {migrationSeconds:0.0} s (COPY {result.LoadTimings.Copy.TotalSeconds:0.0} s, rest of the transactions {result.LoadTimings.Commit.TotalSeconds:0.0} s, overlapping validation)");

        clock.Restart();
        await CopyAsync(connection, valid, mapping);
        var copySeconds = clock.Elapsed.TotalSeconds;
        Log($"baseline: binary COPY of the same {valid.Count:N0} valid rows in {copySeconds:0.0} s");

        if (!figures.Balanced || figures.Loaded != valid.Count)
            throw new InvalidOperationException($"reconciliation failed: {figures.Statement}");
        return string.Create(CultureInfo.InvariantCulture,
            $"migration rows={figures.RowsRead} loaded={figures.Loaded} rejected={figures.Rejected} seconds={migrationSeconds:F1} rows_per_s={figures.RowsRead / migrationSeconds:F0} loaded_per_s={figures.Loaded / migrationSeconds:F0} copy_rows_per_s={valid.Count / copySeconds:F0} ratio={copySeconds / migrationSeconds:F2} validate_s={validateSeconds:F1} load_copy_s={result.LoadTimings.Copy.TotalSeconds:F1} load_commit_s={result.LoadTimings.Commit.TotalSeconds:F1}");
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
