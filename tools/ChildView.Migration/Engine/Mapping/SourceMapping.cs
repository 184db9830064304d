using ChildView.Migration.Targets;

namespace ChildView.Migration.Mapping;

/// <summary>
/// How one legacy source becomes ChildView records: its name (half of every record's key), the target,
/// the column holding the source's own key, which column feeds which field, legacy → DfE code maps,
/// the date formats the source writes, and the fields it must supply beyond the target's own.
/// </summary>
public sealed record SourceMapping(
    string Source,
    IMigrationTarget Target,
    string KeyColumn,
    IReadOnlyDictionary<string, string> Columns,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> CodeMaps,
    IReadOnlyList<string> DateFormats,
    IReadOnlySet<string> Required)
{
    public bool IsRequired(TargetField field) => field.Required || Required.Contains(field.Name);
}
