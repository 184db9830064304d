namespace ChildView.Migration.Validation;

/// <summary>
/// A legacy row that passed validation, converted: <see cref="Values"/> holds one value per target field in
/// the target's field order (string, <see cref="DateOnly"/> or bool; null when empty).
/// </summary>
public sealed class MigrationRecord(long rowNumber, string sourceKey, object?[] values, IReadOnlyDictionary<string, int> fieldIndex)
{
    public long RowNumber { get; } = rowNumber;

    public string SourceKey { get; } = sourceKey;

    public object?[] Values { get; } = values;

    public T? Get<T>(string field) => Values[IndexOf(field)] is T value ? value : default;

    public DateOnly? Date(string field) => Values[IndexOf(field)] as DateOnly?;

    public string? Text(string field) => Values[IndexOf(field)] as string;

    private int IndexOf(string field) => fieldIndex is FieldIndex index ? index[field] : fieldIndex[field];
}
