namespace ChildView.Migration.Targets.Postgres;

/// <summary>The statements every target shares, shaped by its table, fields and strong identifier.</summary>
internal static class TargetSqlParts
{
    public static string ColumnList(IEnumerable<TargetField> fields, string? alias = null) =>
        string.Join(", ", fields.Select(f => alias is null ? f.Column : $"{alias}.{f.Column}"));

    /// <summary>A record the migration wrote last: its updated_at is one of the source's write times.</summary>
    private const string WrittenByMigration = "t.updated_at IN (SELECT w.written_at FROM migration.write_times w WHERE w.source = @source)";

    /// <param name="extraAssignments">More of the SET list, e.g. a state that follows from the new content.</param>
    public static string Update(string table, IReadOnlyList<TargetField> fields, string stagingTable, string extraAssignments = "") => $"""
        UPDATE {table} t SET ({ColumnList(fields)}) = ({ColumnList(fields, "s")}), version = t.version + 1, updated_at = @now{extraAssignments}
        FROM {stagingTable} s
        WHERE t.id = s.record_id AND t.deleted_at IS NULL
          AND ({ColumnList(fields, "t")}) IS DISTINCT FROM ({ColumnList(fields, "s")})
          AND {WrittenByMigration}
        RETURNING t.id
        """;

    /// <summary>After <see cref="Update"/>: staged rows whose record still differs because it was changed in ChildView since the migration wrote it.</summary>
    public static string Kept(string table, IReadOnlyList<TargetField> fields, string stagingTable) => $"""
        SELECT s.row_number, s.source_key, t.id
        FROM {stagingTable} s JOIN {table} t ON t.id = s.record_id
        WHERE t.deleted_at IS NULL
          AND ({ColumnList(fields, "t")}) IS DISTINCT FROM ({ColumnList(fields, "s")})
          AND NOT {WrittenByMigration}
        ORDER BY s.row_number
        """;

    public static string ExistingChildren(string table, string strongIdColumn) => $"""
        SELECT id::text, child_given_name, child_family_name, child_date_of_birth, child_sex, {strongIdColumn},
               child_postcode, child_address_line1, child_town
        FROM {table}
        WHERE deleted_at IS NULL
          AND id NOT IN (SELECT record_id FROM migration.legacy_keys WHERE source = @source)
        """;
}
