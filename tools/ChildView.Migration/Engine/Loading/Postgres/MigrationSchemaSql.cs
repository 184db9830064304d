namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// The <c>migration</c> schema the tool keeps in the owning service's database, beside (not inside) the
/// service's own tables: the audit of every run with its reconciliation, the (source, source key) → record
/// id map that makes reruns idempotent (a batch per row), and the committed batches a killed run resumes after.
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
            kept bigint,
            keys_in_target bigint,
            batches integer,
            balanced boolean,
            error text
        );
        ALTER TABLE migration.runs ADD COLUMN IF NOT EXISTS kept bigint;
        CREATE INDEX IF NOT EXISTS ix_runs_source ON migration.runs (source, started_at);
        -- The (source, source key) -> record id map that makes reruns idempotent, one row per loaded batch: a row
        -- and an index entry per key would cost the load a third again of the records themselves. The keys are a
        -- JSON array and the ids their records' UUIDs back to back (16 bytes each, in the keys' order): the
        -- cheapest forms to send and store; the legacy_keys view below reads them a key per row.
        CREATE TABLE IF NOT EXISTS migration.legacy_key_batches (
            source text NOT NULL,
            run_id uuid NOT NULL,
            batch_number integer NOT NULL,
            target text NOT NULL,
            loaded_at timestamptz NOT NULL,
            source_keys text NOT NULL,
            record_ids bytea NOT NULL,
            PRIMARY KEY (source, run_id, batch_number)
        );
        -- Databases loaded when the map was a row per key: fold it into batches, one per first run.
        DO $upgrade$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'migration' AND c.relname = 'legacy_keys' AND c.relkind = 'r') THEN
                INSERT INTO migration.legacy_key_batches (source, run_id, batch_number, target, loaded_at, source_keys, record_ids)
                SELECT source, first_run_id, 0, min(target), min(loaded_at),
                       json_agg(source_key ORDER BY source_key)::text,
                       string_agg(decode(replace(record_id::text, '-', ''), 'hex'), ''::bytea ORDER BY source_key)
                FROM migration.legacy_keys GROUP BY source, first_run_id;
                DROP TABLE migration.legacy_keys;
            END IF;
        END
        $upgrade$;
        -- The times the migration wrote a source's records at (a batch's created/updated time). A record whose
        -- updated_at is not one of them was changed in ChildView since, and a rerun does not overwrite it.
        CREATE TABLE IF NOT EXISTS migration.write_times (
            source text NOT NULL,
            written_at timestamptz NOT NULL,
            PRIMARY KEY (source, written_at)
        );
        INSERT INTO migration.write_times (source, written_at)
        SELECT DISTINCT source, loaded_at FROM migration.legacy_key_batches
        ON CONFLICT DO NOTHING;
        -- The map a key per row, for people and reports: which legacy record became which ChildView record.
        CREATE OR REPLACE VIEW migration.legacy_keys AS
            SELECT b.source, k.source_key, b.target,
                   encode(substring(b.record_ids FROM (k.position::integer - 1) * 16 + 1 FOR 16), 'hex')::uuid AS record_id,
                   b.run_id AS first_run_id, b.loaded_at
            FROM migration.legacy_key_batches b
            CROSS JOIN LATERAL json_array_elements_text(b.source_keys::json) WITH ORDINALITY AS k(source_key, position);
        -- What an unfinished run of a file has committed, a row per batch, so a rerun of the same file skips those
        -- rows. Batches commit in parallel, so this is a set of row ranges, not one high-water mark. Emptied for
        -- the source when a run completes.
        CREATE TABLE IF NOT EXISTS migration.loaded_batches (
            source text NOT NULL,
            file_sha256 text NOT NULL,
            run_id uuid NOT NULL,
            batch_number integer NOT NULL,
            first_row bigint NOT NULL,
            last_row bigint NOT NULL,
            rows bigint NOT NULL,
            inserted bigint NOT NULL,
            updated bigint NOT NULL,
            kept bigint NOT NULL DEFAULT 0,
            committed_at timestamptz NOT NULL,
            PRIMARY KEY (source, run_id, batch_number)
        );
        ALTER TABLE migration.loaded_batches ADD COLUMN IF NOT EXISTS kept bigint NOT NULL DEFAULT 0;
        -- The single-row checkpoint of earlier versions; a run it described is finished by a rerun through the key map.
        DROP TABLE IF EXISTS migration.checkpoints;
        """;

    public const string ReadLoadedBatches = """
        SELECT first_row, last_row, rows, inserted, updated, kept FROM migration.loaded_batches
        WHERE source = @source AND file_sha256 = @sha ORDER BY first_row
        """;

    /// <summary>Written in the batch's own transaction, so it never claims rows that did not commit.</summary>
    public const string SaveLoadedBatch = """
        INSERT INTO migration.loaded_batches (source, file_sha256, run_id, batch_number, first_row, last_row, rows, inserted, updated, kept, committed_at)
        VALUES (@source, @sha, @run, @batch, @first_row, @last_row, @rows, @inserted, @updated, @kept, @now)
        """;

    /// <summary>After a completed run nothing is left to resume; before a run of another file, an unfinished run's ranges no longer apply.</summary>
    public const string ForgetLoadedBatches = "DELETE FROM migration.loaded_batches WHERE source = @source AND (@sha::text IS NULL OR file_sha256 <> @sha)";

    public const string StartRun = """
        INSERT INTO migration.runs (id, source, target, file_name, file_sha256, run_by, dry_run, started_at, outcome, resumed_from_row)
        VALUES (@run, @source, @target, @file, @sha, @by, @dry, @now, 'running', @resumed)
        """;

    public const string EndRun = """
        UPDATE migration.runs SET ended_at = @now, outcome = @outcome, rows_read = @read, loaded = @loaded, rejected = @rejected,
            inserted = @inserted, updated = @updated, unchanged = @unchanged, kept = @kept, keys_in_target = @keys, batches = @batches,
            balanced = @balanced, error = @error
        WHERE id = @run
        """;

    public const string MarkInterrupted = "UPDATE migration.runs SET outcome = 'interrupted', ended_at = @now WHERE source = @source AND outcome = 'running'";

    public const string KeysInTarget = "SELECT coalesce(sum(octet_length(record_ids) / 16), 0)::bigint FROM migration.legacy_key_batches WHERE source = @source";

    public const string ReadKeys = "SELECT source_keys, record_ids FROM migration.legacy_key_batches WHERE source = @source";

    public const string SaveKeyBatch = """
        INSERT INTO migration.legacy_key_batches (source, run_id, batch_number, target, loaded_at, source_keys, record_ids)
        VALUES (@source, @run, @batch, @target, @now, @keys, @ids)
        """;

    /// <summary>
    /// For this session: compress the large values it writes (key arrays, record-set payloads) with lz4 where the
    /// server has it; pglz spends longer on a batch's keys than the COPY of its rows.
    /// </summary>
    public const string PreferLz4 = """
        SELECT set_config('default_toast_compression', 'lz4', false)
        FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)
        """;

    public const string SaveWriteTime = """
        INSERT INTO migration.write_times (source, written_at) VALUES (@source, @now) ON CONFLICT DO NOTHING
        """;

    /// <summary>One record-set entry into the service's own outbox (see <c>OutboxRecordSet</c>).</summary>
    public const string SaveRecordSet = """
        INSERT INTO outbox_messages (id, message_type, payload, occurred_at, attempts)
        VALUES (@id, @type, @payload, @now, 0)
        """;

    /// <summary>One run per source at a time: a session lock held by the run's control connection.</summary>
    public const string TryLockSource = "SELECT pg_try_advisory_lock(hashtextextended('childview-migration:' || @source, 0))";
}
