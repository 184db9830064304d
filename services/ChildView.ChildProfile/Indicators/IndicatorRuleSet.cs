using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildView.ChildProfile.Indicators;

/// <summary>
/// The declarative early-help indicator rules (<c>Indicators/early-help-indicators.json</c>, embedded).
/// Loading checks every rule against the <see cref="IndicatorVocabulary"/> and the
/// <see cref="OutcomeAreas"/>, so a mistyped record type, attribute or outcome fails at start-up
/// and in the unit tests, naming the rule.
/// </summary>
public sealed record IndicatorRuleSet(string Version, string Description, FamilyReviewRule FamilyReview, IReadOnlyList<IndicatorRule> Rules)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static IndicatorRuleSet Current { get; } = LoadEmbedded();

    public IndicatorRule? Rule(string id) => Rules.FirstOrDefault(r => r.Id == id);

    /// <summary>The title of a rule or of the family review, for lists.</summary>
    public (string Title, string OutcomeArea)? Describe(string ruleId) =>
        ruleId == FamilyReview.Id ? (FamilyReview.Title, FamilyReviewRule.OutcomeArea)
        : Rule(ruleId) is { } rule ? (rule.Title, rule.OutcomeArea) : null;

    public static IndicatorRuleSet Parse(string json)
    {
        IndicatorRuleSet? set;
        try
        {
            set = JsonSerializer.Deserialize<IndicatorRuleSet>(json, JsonOptions);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"The indicator rule set is malformed at {error.Path}: {error.Message}", error);
        }

        if (set is null || set.Rules is null || set.FamilyReview is null)
        {
            throw new InvalidDataException("The indicator rule set has no rules or no familyReview.");
        }

        set.Validate();
        return set;
    }

    private void Validate()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { FamilyReview.Id };
        if (FamilyReview.MinimumOutcomeAreas is < 1 or > 10)
        {
            throw new InvalidDataException($"Indicator rule '{FamilyReview.Id}': minimumOutcomeAreas must be between 1 and 10.");
        }

        foreach (var rule in Rules)
        {
            if (rule is null || string.IsNullOrWhiteSpace(rule.Id))
            {
                throw new InvalidDataException("An indicator rule has no id.");
            }

            if (!ids.Add(rule.Id))
            {
                throw new InvalidDataException($"Indicator rule '{rule.Id}' is defined twice.");
            }

            rule.Validate();
        }
    }

    private static IndicatorRuleSet LoadEmbedded()
    {
        using var stream = typeof(IndicatorRuleSet).Assembly.GetManifestResourceStream("ChildView.EarlyHelpIndicators.json")
            ?? throw new InvalidOperationException("The indicator rule set is not embedded in ChildView.ChildProfile.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

/// <summary>The family-level rule: open child indicators across the family's children in enough outcome areas.</summary>
public sealed record FamilyReviewRule(string Id, string Title, string Description, int MinimumOutcomeAreas)
{
    /// <summary>The family review spans outcome areas, so it is listed under its own pseudo-area.</summary>
    public const string OutcomeArea = "multiple";
}

public enum RuleScope
{
    Child,
}

public sealed record IndicatorRule(
    string Id, string Title, string Description, string OutcomeArea, RuleScope Scope, IndicatorCondition Condition, IReadOnlyList<string>? CinFactors = null)
{
    internal void Validate()
    {
        void Require(bool ok, string problem)
        {
            if (!ok)
            {
                throw new InvalidDataException($"Indicator rule '{Id}': {problem}");
            }
        }

        Require(!string.IsNullOrWhiteSpace(Title) && !string.IsNullOrWhiteSpace(Description), "a title and a description are required.");
        Require(OutcomeArea is not null && OutcomeAreas.All.ContainsKey(OutcomeArea), $"unknown outcome area '{OutcomeArea}' (one of {string.Join(", ", OutcomeAreas.All.Keys)}).");
        Require(Condition is not null, "a condition is required.");
        var condition = Condition!;
        Require(condition.RecordType is not null && IndicatorVocabulary.RecordTypes.Contains(condition.RecordType), $"unknown record type '{condition.RecordType}'.");
        var attributes = IndicatorVocabulary.AttributesOf(condition.RecordType!);
        Require(condition.AtLeast >= 1, "atLeast must be 1 or more.");
        Require(condition.WithinMonths is null or >= 1, "withinMonths must be 1 or more.");
        Require(condition.DateAttribute is null || attributes.Contains(condition.DateAttribute), $"unknown attribute '{condition.DateAttribute}' of {condition.RecordType}.");
        Require(condition.DateAttribute is null || condition.WithinMonths is not null, "dateAttribute needs withinMonths.");
        foreach (var predicate in condition.Where ?? [])
        {
            Require(predicate.Attribute is not null && attributes.Contains(predicate.Attribute), $"unknown attribute '{predicate.Attribute}' of {condition.RecordType}.");
            var tests = new object?[] { predicate.EqualTo, predicate.OneOf, predicate.AnyOf, predicate.AtLeast }.Count(t => t is not null);
            Require(tests == 1, $"the predicate on '{predicate.Attribute}' must have exactly one of equals, oneOf, anyOf, atLeast.");
            Require(predicate.OneOf is null or { Count: > 0 } && predicate.AnyOf is null or { Count: > 0 }, $"the predicate on '{predicate.Attribute}' lists no values.");
        }

        foreach (var factor in CinFactors ?? [])
        {
            Require(System.Text.RegularExpressions.Regex.IsMatch(factor, "^[0-9]{1,2}[A-F]?$"), $"'{factor}' is not a CIN factor code.");
        }
    }
}

public enum RecordStateCondition
{
    Any,
    Open,
    Closed,
}

public enum ConditionSubject
{
    /// <summary>The child's own records.</summary>
    Child,

    /// <summary>The records of the other children of the child's family.</summary>
    Siblings,
}

public sealed record IndicatorCondition(
    string? RecordType,
    IReadOnlyList<AttributePredicate>? Where = null,
    RecordStateCondition State = RecordStateCondition.Any,
    int? WithinMonths = null,
    string? DateAttribute = null,
    bool LatestOnly = false,
    int AtLeast = 1,
    ConditionSubject Of = ConditionSubject.Child);

public sealed record AttributePredicate(
    string? Attribute,
    [property: JsonPropertyName("equals")] string? EqualTo = null,
    IReadOnlyList<string>? OneOf = null,
    IReadOnlyList<string>? AnyOf = null,
    decimal? AtLeast = null);
