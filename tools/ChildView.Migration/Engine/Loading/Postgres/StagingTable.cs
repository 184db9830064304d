using System.Text.Json;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Migration.Targets;
using ChildView.Migration.Validation;
using Npgsql;
using NpgsqlTypes;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// An UNLOGGED table in the migration schema shaped like the target's fields, filled by binary COPY and
/// emptied after each merge. Unlogged: its rows are thrown away anyway, so writing them to the WAL would only cost.
/// Each row also carries the id its record gets if it is new and that record's events, serialised here (off the
/// database's critical path) exactly as the service's outbox stores them: type name and web-default JSON.
/// </summary>
public sealed class StagingTable(string name, IMigrationTarget target)
{
    private const int EventsPerRow = 2;

    /// <summary>The outbox's serialisation (ChildView.Messaging's IntegrationEventJson): web defaults.</summary>
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    private readonly IReadOnlyList<TargetField> fields = target.Fields;

    public string Name { get; } = name;

    public static StagingTable For(IMigrationTarget target, string source, int slot)
    {
        var safe = new string(source.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        var suffix = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(source)))[..8].ToLowerInvariant();
        return new StagingTable($"migration.stage_{safe[..Math.Min(safe.Length, 30)]}_{suffix}_{slot}", target);
    }

    public string CreateSql => $"""
        CREATE UNLOGGED TABLE IF NOT EXISTS {Name} (
            source_key text NOT NULL,
            row_number bigint NOT NULL,
            candidate_id uuid NOT NULL,
            event1_id uuid, event1_type text, event1_payload text,
            event2_id uuid, event2_type text, event2_payload text,
            {string.Join(",\n    ", fields.Select(f => $"{f.Column} {SqlType(f.Kind)}"))}
        );
        TRUNCATE {Name};
        """;

    public string TruncateSql => $"TRUNCATE {Name}";

    public string DropSql => $"DROP TABLE IF EXISTS {Name}";

    public async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<MigrationRecord> records, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", fields.Select(f => f.Column));
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {Name} (source_key, row_number, candidate_id, event1_id, event1_type, event1_payload, event2_id, event2_type, event2_payload, {columns}) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var record in records)
        {
            // Version 7: time-ordered, so the service's primary key index grows at its right edge.
            var candidateId = Guid.CreateVersion7(now);
            var events = target.EventsForNewRecord(record, candidateId, now);
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(record.SourceKey, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(record.RowNumber, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(candidateId, NpgsqlDbType.Uuid, cancellationToken);
            for (var e = 0; e < EventsPerRow; e++)
            {
                if (e < events.Count)
                {
                    var type = events[e].GetType();
                    await importer.WriteAsync(events[e].EventId, NpgsqlDbType.Uuid, cancellationToken);
                    await importer.WriteAsync(IntegrationEventTypes.NameOf(type), NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(JsonSerializer.Serialize(events[e], type, EventJson), NpgsqlDbType.Text, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                    await importer.WriteNullAsync(cancellationToken);
                    await importer.WriteNullAsync(cancellationToken);
                }
            }

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
