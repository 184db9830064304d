using ChildView.Migration.Validation;

namespace ChildView.Migration.Targets;

/// <summary>Rules every child record obeys, whatever the target.</summary>
public static class ChildRules
{
    /// <summary>Children's services hold records up to age 25 (care leavers), as the services' own validation does.</summary>
    private const int OldestAgeYears = 26;

    public static CrossFieldRule ChildAge { get; } = new("child age", (record, today) =>
        record.Date(ChildFields.DateOfBirth) is { } born && born < today.AddYears(-OldestAgeYears)
            ? (ChildFields.DateOfBirth, $"child would be older than {OldestAgeYears - 1}")
            : null);

    /// <summary>A record about a child cannot start long before the child was conceived.</summary>
    public static CrossFieldRule NotBeforeConception(string field) => new($"{field} after conception", (record, _) =>
        record.Date(field) is { } date && record.Date(ChildFields.DateOfBirth) is { } born && date < born.AddDays(-280)
            ? (field, "before the child's conception")
            : null);

    public static CrossFieldRule NotBefore(string field, string earlierField) => new($"{field} on or after {earlierField}", (record, _) =>
        record.Date(field) is { } date && record.Date(earlierField) is { } earlier && date < earlier
            ? (field, $"before {earlierField}")
            : null);

    public static CrossFieldRule Together(string field, string partner) => new($"{field} with {partner}", (record, _) =>
        (record.Get<object>(field) is null) != (record.Get<object>(partner) is null)
            ? (record.Get<object>(field) is null ? field : partner, $"{field} and {partner} must be given together")
            : null);
}
