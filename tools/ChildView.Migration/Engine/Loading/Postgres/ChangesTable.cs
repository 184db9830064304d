using ChildView.Migration.Targets;
using ChildView.Migration.Validation;
using Npgsql;
using NpgsqlTypes;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// A temporary table of the connection holding a batch's rows whose source key was loaded before, with the id
/// of their record, so one set-based UPDATE can change exactly those whose content differs. Emptied at commit.
/// </summary>
internal sealed class ChangesTable(IMigrationTarget target)
{
    public const string Name = "legacy_changes";

    public string CreateSql => $"""
        CREATE TEMP TABLE IF NOT EXISTS {Name} (
            record_id uuid NOT NULL,
            {string.Join(",\n    ", target.Fields.Select(f => $"{f.Column} {RecordValues.SqlType(f.Kind)}"))}
        ) ON COMMIT DELETE ROWS
        """;

    public void Copy(NpgsqlConnection connection, IReadOnlyList<(MigrationRecord Record, Guid Id)> rows, CancellationToken cancellationToken)
    {
        using var importer = connection.BeginBinaryImport(
            $"COPY {Name} (record_id, {string.Join(", ", target.Fields.Select(f => f.Column))}) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < rows.Count; i++)
        {
            if (i % RecordValues.RowsPerCancellationCheck == 0)
                cancellationToken.ThrowIfCancellationRequested();
            importer.StartRow();
            importer.Write(rows[i].Id, NpgsqlDbType.Uuid);
            RecordValues.Write(importer, rows[i].Record);
        }

        importer.Complete();
    }
}
