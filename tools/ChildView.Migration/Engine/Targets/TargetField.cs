namespace ChildView.Migration.Targets;

/// <summary>
/// One ChildView field a target accepts. <see cref="Column"/> is its column in the service's table and in
/// staging; <see cref="Codes"/> is the DfE code set a <see cref="FieldKind.Code"/> value must belong to.
/// </summary>
public sealed record TargetField(string Name, string Column, FieldKind Kind, int MaxLength = 100, IReadOnlySet<string>? Codes = null, bool Required = false);
