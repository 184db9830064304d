using ChildView.Migration.Targets;
using ChildView.Migration.Validation;
using Npgsql;
using NpgsqlTypes;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// An UNLOGGED table in the migration schema shaped like the target's fields, filled by binary COPY and
/// emptied after each merge. Unlogged: its rows are thrown away anyway, so writing them to the WAL would only cost.
/// </summary>
public sealed class StagingTable(string name, IReadOnlyList<TargetField> fields)
{
    public string Name { get; } = name;

    public static StagingTable For(IMigrationTarget target, string source, int slot)
    {
        var safe = new string(source.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        var suffix = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(source)))[..8].ToLowerInvariant();
        return new StagingTable($"migration.stage_{safe[..Math.Min(safe.Length, 30)]}_{suffix}_{slot}", target.Fields);
    }

    public string CreateSql => $"""
        CREATE UNLOGGED TABLE IF NOT EXISTS {Name} (
            source_key text NOT NULL,
            row_number bigint NOT NULL,
            {string.Join(",\n    ", fields.Select(f => $"{f.Column} {SqlType(f.Kind)}"))}
        );
        TRUNCATE {Name};
        """;

    public string TruncateSql => $"TRUNCATE {Name}";

    public string DropSql => $"DROP TABLE IF EXISTS {Name}";

    public async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<MigrationRecord> records, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", fields.Select(f => f.Column));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {Name} (source_key, row_number, {columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var record in records)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(record.SourceKey, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(record.RowNumber, NpgsqlDbType.Bigint, cancellationToken);
            for (var i = 0; i < fields.Count; i++)
            {
                switch (record.Values[i])
                {
                    case null:
                        await importer.WriteNullAsync(cancellationToken);
                        break;
                    case DateOnly date:
                        await importer.WriteAsync(date, NpgsqlDbType.Date, cancellationToken);
                        break;
                    case bool flag:
                        await importer.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken);
                        break;
                    case var other:
                        await importer.WriteAsync((string)other, NpgsqlDbType.Text, cancellationToken);
                        break;
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static string SqlType(FieldKind kind) => kind switch
    {
        FieldKind.Date => "date",
        FieldKind.Flag => "boolean",
        _ => "text",
    };
}
