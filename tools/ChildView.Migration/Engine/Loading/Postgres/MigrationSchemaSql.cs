namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// The <c>migration</c> schema the tool keeps in the owning service's database, beside (not inside) the
/// service's own tables: the audit of every run with its reconciliation, the (source, source key) → record
/// id map that makes reruns idempotent, and the checkpoint a killed run resumes from.
/// </summary>
public static class MigrationSchemaSql
{
    /// <summary>Serialises concurrent first runs: CREATE … IF NOT EXISTS is not safe against a concurrent create.</summary>
    public const long SchemaLockKey = 0x6D6967726174696F;

    public const string Create = """
        CREATE SCHEMA IF NOT EXISTS migration;
        CREATE TABLE IF NOT EXISTS migration.runs (
            id uuid PRIMARY KEY,
            source text NOT NULL,
            target text NOT NULL,
            file_name text NOT NULL,
            file_sha256 text NOT NULL,
            run_by text NOT NULL,
            dry_run boolean NOT NULL,
            started_at timestamptz NOT NULL,
            ended_at timestamptz,
            outcome text NOT NULL,
            resumed_from_row bigint NOT NULL DEFAULT 0,
            rows_read bigint,
            loaded bigint,
            rejected bigint,
            inserted bigint,
            updated bigint,
            unchanged bigint,
            keys_in_target bigint,
            batches integer,
            balanced boolean,
            error text
        );
        CREATE INDEX IF NOT EXISTS ix_runs_source ON migration.runs (source, started_at);
        CREATE TABLE IF NOT EXISTS migration.legacy_keys (
            source text NOT NULL,
            source_key text NOT NULL,
            target text NOT NULL,
            record_id uuid NOT NULL,
            first_run_id uuid NOT NULL,
            loaded_at timestamptz NOT NULL,
            PRIMARY KEY (source, source_key)
        );
        CREATE TABLE IF NOT EXISTS migration.checkpoints (
            source text PRIMARY KEY,
            run_id uuid NOT NULL,
            file_sha256 text NOT NULL,
            batch_number integer NOT NULL,
            last_row bigint NOT NULL,
            inserted bigint NOT NULL,
            updated bigint NOT NULL,
            completed boolean NOT NULL,
            updated_at timestamptz NOT NULL
        );
        """;

    public const string ReadCheckpoint = """
        SELECT run_id, file_sha256, batch_number, last_row, inserted, updated, completed
        FROM migration.checkpoints WHERE source = @source
        """;

    /// <summary>Written in the batch's own transaction, so the checkpoint never runs ahead of the data.</summary>
    public const string SaveCheckpoint = """
        INSERT INTO migration.checkpoints (source, run_id, file_sha256, batch_number, last_row, inserted, updated, completed, updated_at)
        VALUES (@source, @run, @sha, @batch, @last_row, @inserted, @updated, false, @now)
        ON CONFLICT (source) DO UPDATE SET run_id = excluded.run_id, file_sha256 = excluded.file_sha256,
            batch_number = excluded.batch_number, last_row = excluded.last_row, inserted = excluded.inserted,
            updated = excluded.updated, completed = false, updated_at = excluded.updated_at
        """;

    public const string CompleteCheckpoint = """
        INSERT INTO migration.checkpoints (source, run_id, file_sha256, batch_number, last_row, inserted, updated, completed, updated_at)
        VALUES (@source, @run, @sha, @batch, @last_row, @inserted, @updated, true, @now)
        ON CONFLICT (source) DO UPDATE SET run_id = excluded.run_id, file_sha256 = excluded.file_sha256,
            batch_number = excluded.batch_number, last_row = excluded.last_row, inserted = excluded.inserted,
            updated = excluded.updated, completed = true, updated_at = excluded.updated_at
        """;

    public const string StartRun = """
        INSERT INTO migration.runs (id, source, target, file_name, file_sha256, run_by, dry_run, started_at, outcome, resumed_from_row)
        VALUES (@run, @source, @target, @file, @sha, @by, @dry, @now, 'running', @resumed)
        """;

    public const string EndRun = """
        UPDATE migration.runs SET ended_at = @now, outcome = @outcome, rows_read = @read, loaded = @loaded, rejected = @rejected,
            inserted = @inserted, updated = @updated, unchanged = @unchanged, keys_in_target = @keys, batches = @batches,
            balanced = @balanced, error = @error
        WHERE id = @run
        """;

    public const string MarkInterrupted = "UPDATE migration.runs SET outcome = 'interrupted', ended_at = @now WHERE source = @source AND outcome = 'running'";

    public const string KeysInTarget = "SELECT count(*) FROM migration.legacy_keys WHERE source = @source";

    /// <summary>One run per source at a time: a session lock held by the run's control connection.</summary>
    public const string TryLockSource = "SELECT pg_try_advisory_lock(hashtextextended('childview-migration:' || @source, 0))";
}
