using ChildView.ServiceKit.Validation;

namespace ChildView.ChildProfile.Indicators;

/// <summary>Filters of the multi-agency worklist: newest first, open flags unless a status is named.</summary>
public sealed record WorklistQuery(
    string? OutcomeArea, string? Rule, string? Status, string? Assignee, bool? Unassigned, string? Team, int? Page, int? PageSize)
{
    public const int MaxPageSize = 100;

    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(["open", "cleared", "all"], StringComparer.Ordinal);

    public string StatusOrDefault => Status ?? "open";

    public int PageOrDefault => Page ?? 1;

    public int PageSizeOrDefault => PageSize ?? 25;

    public ValidationErrors Validate(IndicatorRuleSet rules) => new ValidationErrors()
        .OneOf("outcomeArea", OutcomeArea, OutcomeAreas.All.Keys.Append(FamilyReviewRule.OutcomeArea).ToHashSet(StringComparer.Ordinal), required: false)
        .When(Rule is not null && rules.Describe(Rule) is null, "rule", "Not a rule of the indicator rule set.")
        .OneOf("status", Status, Statuses, required: false)
        .Optional("assignee", Assignee)
        .Optional("team", Team)
        .When(Unassigned == true && Assignee is not null, "unassigned", "Ask for unassigned flags or for one assignee's, not both.")
        .When(PageOrDefault < 1, "page", "Must be 1 or more.")
        .When(PageSizeOrDefault is < 1 or > MaxPageSize, "pageSize", $"Must be between 1 and {MaxPageSize}.");
}

/// <summary>
/// Gives a flag to a practitioner (and their team). The version read (or an If-Match header) is
/// required, so two coordinators assigning the same flag cannot silently overwrite each other.
/// </summary>
public sealed record AssignFlagRequest(string? Assignee, string? Team, long? Version)
{
    public ValidationErrors Validate(bool hasIfMatch) => new ValidationErrors()
        .Required("assignee", Assignee)
        .Optional("team", Team)
        .When(Version is null && !hasIfMatch, "version", "Send the version you read, or an If-Match header.")
        .When(Version is < 1, "version", "Must be 1 or more.");
}
