using ChildView.Migration.Targets;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// A temporary table of the connection holding a batch's rows whose source key was loaded before, with the id
/// of their record and where they came from, so one set-based UPDATE can change exactly those whose content
/// differs, and the rows it must not change can be named. Emptied at commit.
/// </summary>
internal static class ChangesTable
{
    public const string Name = "legacy_changes";

    public static string CreateSql(IMigrationTarget target) => $"""
        CREATE TEMP TABLE IF NOT EXISTS {Name} (
            record_id uuid NOT NULL,
            row_number bigint NOT NULL,
            source_key text NOT NULL,
            {string.Join(",\n    ", target.Fields.Select(f => $"{f.Column} {SqlType(f.Kind)}"))}
        ) ON COMMIT DELETE ROWS
        """;

    private static string SqlType(FieldKind kind) => kind switch
    {
        FieldKind.Date => "date",
        FieldKind.Flag => "boolean",
        _ => "text",
    };
}
