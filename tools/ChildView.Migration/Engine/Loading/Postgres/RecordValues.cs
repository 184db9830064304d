using ChildView.Migration.Validation;
using Npgsql;
using NpgsqlTypes;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>Writes a record's converted values into a binary COPY row, in the target's field order.</summary>
internal static class RecordValues
{
    /// <summary>Rows between cancellation checks inside one COPY.</summary>
    public const int RowsPerCancellationCheck = 4_096;

    // Synchronous writes: a million rows of a dozen fields each would otherwise be a dozen million awaits.
    public static void Write(NpgsqlBinaryImporter importer, MigrationRecord record)
    {
        foreach (var value in record.Values)
        {
            switch (value)
            {
                case null:
                    importer.WriteNull();
                    break;
                case string text:
                    importer.Write(text, NpgsqlDbType.Text);
                    break;
                case DateOnly date:
                    importer.Write(date, NpgsqlDbType.Date);
                    break;
                case bool flag:
                    importer.Write(flag, NpgsqlDbType.Boolean);
                    break;
                default:
                    throw new InvalidOperationException($"Row {record.RowNumber}: a converted value of type {value.GetType().Name} cannot be loaded.");
            }
        }
    }

    public static string SqlType(Targets.FieldKind kind) => kind switch
    {
        Targets.FieldKind.Date => "date",
        Targets.FieldKind.Flag => "boolean",
        _ => "text",
    };
}
