namespace ChildView.Linkage.Records;

/// <summary>A column mapping that cannot be applied: a malformed or unknown key, or a column the file lacks.</summary>
public sealed class ColumnMappingException(string message) : Exception(message);
