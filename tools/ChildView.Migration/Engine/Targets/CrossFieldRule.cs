using ChildView.Migration.Validation;

namespace ChildView.Migration.Targets;

/// <summary>A rule over several fields of one converted row (end after start …); returns the failing field and reason, or null.</summary>
public sealed record CrossFieldRule(string Name, Func<MigrationRecord, DateOnly, (string Field, string Reason)?> Check);
