using System.Globalization;
using ChildView.Contracts.IntegrationEvents;

namespace ChildView.ChildProfile.Indicators;

/// <summary>
/// Decides which indicators hold, from records alone and an evaluation date: no clock, no database,
/// so the same records on the same date always give the same flags (a rebuilt profile agrees).
/// </summary>
public sealed class IndicatorEvaluator(IndicatorRuleSet rules)
{
    /// <summary>The child-level rules that hold for <paramref name="childId"/>, given every record of the child's family.</summary>
    public IReadOnlyList<IndicatorHit> EvaluateChild(Guid childId, IReadOnlyCollection<IndicatorRecord> familyRecords, DateOnly today)
    {
        var hits = new List<IndicatorHit>();
        foreach (var rule in rules.Rules)
        {
            var condition = rule.Condition;
            var subjects = familyRecords.Where(r => condition.Of == ConditionSubject.Child ? r.ChildId == childId : r.ChildId != childId);
            var matching = Matching(condition, subjects, today);
            if (matching.Count >= condition.AtLeast)
            {
                hits.Add(new IndicatorHit(rule.Id, rule.OutcomeArea, [.. matching.Select(r => r.Evidence)]));
            }
        }

        return hits;
    }

    /// <summary>The family review holds when the children's open child-level hits span enough outcome areas; its evidence is theirs.</summary>
    public IndicatorHit? EvaluateFamily(IEnumerable<IndicatorHit> childHits)
    {
        var hits = childHits.ToList();
        var areas = hits.Select(h => h.OutcomeArea).Distinct(StringComparer.Ordinal).Count();
        if (areas < rules.FamilyReview.MinimumOutcomeAreas)
        {
            return null;
        }

        return new IndicatorHit(rules.FamilyReview.Id, FamilyReviewRule.OutcomeArea, [.. hits.SelectMany(h => h.Evidence).Distinct().OrderBy(e => e.ChildId).ThenBy(e => e.RecordId)]);
    }

    private static List<IndicatorRecord> Matching(IndicatorCondition condition, IEnumerable<IndicatorRecord> records, DateOnly today)
    {
        var candidates = records
            .Where(r => r.RecordType == condition.RecordType && r.State != RecordState.Deleted)
            .Select(r => (Record: r, Date: DateOf(r, condition)))
            .ToList();
        if (condition.WithinMonths is { } months)
        {
            var from = today.AddMonths(-months);
            candidates = [.. candidates.Where(c => c.Date is { } date && date > from && date <= today)];
        }

        if (condition.LatestOnly)
        {
            // Only the most recent record counts: a later good term clears an earlier bad one.
            candidates = [.. candidates.OrderByDescending(c => c.Date).ThenByDescending(c => c.Record.RecordId).Take(1)];
        }

        return [.. candidates
            .Where(c => StateMatches(condition.State, c.Record.State) && (condition.Where ?? []).All(p => Holds(p, c.Record.Attributes)))
            .Select(c => c.Record)
            .OrderBy(r => r.OccurredOn)
            .ThenBy(r => r.RecordId)];
    }

    private static DateOnly? DateOf(IndicatorRecord record, IndicatorCondition condition) =>
        condition.DateAttribute is null
            ? record.OccurredOn
            : record.Attributes.TryGetValue(condition.DateAttribute, out var text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;

    private static bool StateMatches(RecordStateCondition wanted, RecordState state) => wanted switch
    {
        RecordStateCondition.Open => state == RecordState.Open,
        RecordStateCondition.Closed => state == RecordState.Closed,
        _ => true,
    };

    private static bool Holds(AttributePredicate predicate, IReadOnlyDictionary<string, string> attributes)
    {
        if (!attributes.TryGetValue(predicate.Attribute!, out var value))
        {
            return false;
        }

        if (predicate.EqualTo is { } expected)
        {
            return string.Equals(value, expected, StringComparison.Ordinal);
        }

        if (predicate.OneOf is { } allowed)
        {
            return allowed.Contains(value, StringComparer.Ordinal);
        }

        if (predicate.AnyOf is { } wanted)
        {
            return value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Intersect(wanted, StringComparer.Ordinal).Any();
        }

        return predicate.AtLeast is { } minimum
            && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && number >= minimum;
    }
}
