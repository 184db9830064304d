namespace ChildView.Migration.Validation;

/// <summary>
/// A field the owning service keeps unique among its records that are not deleted (a pupil's UPN: a unique
/// index refuses a second one). A row may not give a value another row of the source gave first, nor one a
/// record in the service holds unless that record is the row's own (loaded from the same source key
/// before): either would stop its whole batch at the index, so it is a row-level rejection instead.
/// </summary>
public sealed class UniqueValues(string fieldName, IReadOnlyDictionary<string, Guid> holders, Func<string, Guid?> recordOfKey)
{
    private readonly Dictionary<string, long> _firstRow = new(StringComparer.Ordinal);

    public string Field => fieldName;

    /// <summary>Only the rows of the source are compared (a dry run, or a target without the field in the database).</summary>
    public static UniqueValues WithinSource(string field) => new(field, new Dictionary<string, Guid>(), _ => null);

    /// <summary>Why the row may not have <paramref name="value"/>, or null when it may (the value is then taken).</summary>
    public (string Reason, string Value)? Conflict(string value, long rowNumber, string sourceKey)
    {
        if (holders.TryGetValue(value, out var holder) && recordOfKey(sourceKey) != holder)
        {
            return ("held by another record in the service", value);
        }

        return _firstRow.TryAdd(value, rowNumber) ? null : ("given by an earlier row of the source", $"{value} (first at row {_firstRow[value]})");
    }
}
