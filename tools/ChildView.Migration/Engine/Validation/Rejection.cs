namespace ChildView.Migration.Validation;

/// <summary>
/// Why a row was not loaded. <see cref="Row"/> counts the header as row 1, like a spreadsheet;
/// <see cref="Reason"/> is worded without the value so that reasons can be counted, the value is kept apart.
/// </summary>
public sealed record Rejection(long Row, string? SourceKey, string Field, string Reason, string? Value);
