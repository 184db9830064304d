using ChildView.ChildProfile.Indicators;
using static ChildView.UnitTests.Indicators.IndicatorTestRecords;

namespace ChildView.UnitTests.Indicators;

/// <summary>Every rule of the shipped rule set, firing on one set of records and clearing when they change.</summary>
public sealed class IndicatorEvaluatorTests
{
    private static readonly Guid Child = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Sibling = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly IndicatorEvaluator Evaluator = new(IndicatorRuleSet.Current);

    private static DateOnly MonthsAgo(int months) => Today.AddMonths(-months);

    /// <summary>For each rule: records on which it holds (and the ones that are its evidence), and the same situation after a change that ends it.</summary>
    private static readonly Dictionary<string, Func<(IndicatorRecord[] Fires, IndicatorRecord[] Evidence, IndicatorRecord[] Clears)>> Cases = new()
    {
        ["persistent-absence"] = () =>
        {
            var older = Attendance(Child, MonthsAgo(5), 95m);
            var poor = Attendance(Child, MonthsAgo(2), 85.5m);
            var better = Attendance(Child, MonthsAgo(1), 93m);
            return ([older, poor], [poor], [older, poor, better]);
        },
        ["repeated-suspensions"] = () =>
        {
            var first = Suspension(Child, MonthsAgo(6));
            var second = Suspension(Child, MonthsAgo(1));
            var longAgo = Suspension(Child, MonthsAgo(14));
            return ([longAgo, first, second], [first, second], [longAgo, first, Deleted(second)]);
        },
        ["permanent-exclusion"] = () =>
        {
            var recent = PermanentExclusion(Child, MonthsAgo(3));
            return ([recent], [recent], [PermanentExclusion(Child, MonthsAgo(13)), Suspension(Child, MonthsAgo(1))]);
        },
        ["early-development-concern"] = () =>
        {
            var concern = DevelopmentalCheck(Child, MonthsAgo(4), 2);
            return ([concern], [concern], [concern, DevelopmentalCheck(Child, MonthsAgo(1), 0)]);
        },
        ["mental-health-or-self-harm"] = () =>
        {
            var assessment = Assessment(Child, MonthsAgo(2), "15A", "20");
            return ([assessment], [assessment], [Deleted(assessment)]);
        },
        ["substance-misuse"] = () =>
        {
            var assessment = Assessment(Child, MonthsAgo(2), "2B");
            return ([assessment], [assessment], [Assessment(Child, MonthsAgo(13), "2B")]);
        },
        ["early-help-closed-without-good-outcome"] = () =>
        {
            var disengaged = EarlyHelp(Child, MonthsAgo(8), MonthsAgo(1), "disengaged");
            return ([disengaged], [disengaged], [EarlyHelp(Child, MonthsAgo(8), MonthsAgo(1), "needs-met"), EarlyHelp(Child, MonthsAgo(2))]);
        },
        ["going-missing"] = () =>
        {
            var missing = Assessment(Child, MonthsAgo(1), "10A");
            return ([missing], [missing], [Assessment(Child, MonthsAgo(1), "21")]);
        },
        ["exploitation-risk"] = () =>
        {
            var exploited = Assessment(Child, MonthsAgo(1), "24A", "13A");
            return ([exploited], [exploited], [Deleted(exploited)]);
        },
        ["sibling-on-child-protection-plan"] = () =>
        {
            var siblingPlan = ProtectionPlan(Sibling, MonthsAgo(3));
            return ([siblingPlan], [siblingPlan], [ProtectionPlan(Sibling, MonthsAgo(3), MonthsAgo(1)), ProtectionPlan(Child, MonthsAgo(2))]);
        },
        ["youth-justice-outcome"] = () =>
        {
            var outcome = OffenceOutcome(Child, MonthsAgo(2));
            return ([outcome], [outcome], [OffenceOutcome(Child, MonthsAgo(13))]);
        },
        ["domestic-abuse"] = () =>
        {
            var assessment = Assessment(Child, MonthsAgo(2), "3B", "4B");
            return ([assessment], [assessment], [Assessment(Child, MonthsAgo(2), "4B")]);
        },
    };

    public static TheoryData<string> RuleIds() => [.. IndicatorRuleSet.Current.Rules.Select(r => r.Id)];

    [Fact]
    public void Every_rule_of_the_rule_set_has_a_firing_and_clearing_case()
    {
        Assert.Equal(IndicatorRuleSet.Current.Rules.Select(r => r.Id).Order(), Cases.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void A_rule_fires_on_its_records_with_them_as_evidence(string ruleId)
    {
        var (fires, evidence, _) = Cases[ruleId]();

        var hit = Assert.Single(Evaluator.EvaluateChild(Child, fires, Today), h => h.RuleId == ruleId);

        Assert.Equal(IndicatorRuleSet.Current.Rule(ruleId)!.OutcomeArea, hit.OutcomeArea);
        Assert.Equal(evidence.Select(e => e.RecordId).Order(), hit.Evidence.Select(e => e.RecordId).Order());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void A_rule_clears_when_its_condition_stops_holding(string ruleId)
    {
        var (_, _, clears) = Cases[ruleId]();

        Assert.DoesNotContain(Evaluator.EvaluateChild(Child, clears, Today), h => h.RuleId == ruleId);
    }

    [Fact]
    public void Windows_count_back_from_the_evaluation_date_so_the_same_records_give_the_same_flags_on_the_same_day()
    {
        var outcome = OffenceOutcome(Child, new DateOnly(2026, 1, 10));

        Assert.Contains(Evaluator.EvaluateChild(Child, [outcome], new DateOnly(2026, 12, 31)), h => h.RuleId == "youth-justice-outcome");
        Assert.DoesNotContain(Evaluator.EvaluateChild(Child, [outcome], new DateOnly(2027, 1, 11)), h => h.RuleId == "youth-justice-outcome");
        Assert.Equal(
            Evaluator.EvaluateChild(Child, [outcome], Today).Select(h => (h.RuleId, h.Evidence.Count)),
            Evaluator.EvaluateChild(Child, [outcome], Today).Select(h => (h.RuleId, h.Evidence.Count)));
    }

    [Fact]
    public void A_childs_own_protection_plan_is_not_a_siblings()
    {
        Assert.DoesNotContain(Evaluator.EvaluateChild(Child, [ProtectionPlan(Child, MonthsAgo(1))], Today), h => h.RuleId == "sibling-on-child-protection-plan");
        Assert.Contains(Evaluator.EvaluateChild(Sibling, [ProtectionPlan(Child, MonthsAgo(1))], Today), h => h.RuleId == "sibling-on-child-protection-plan");
    }

    [Fact]
    public void A_family_with_needs_in_three_outcome_areas_across_its_children_is_flagged_for_review()
    {
        IndicatorRecord[] records =
        [
            Attendance(Child, MonthsAgo(1), 80m),
            Assessment(Sibling, MonthsAgo(1), "3B"),
            OffenceOutcome(Sibling, MonthsAgo(1)),
        ];

        var hits = new[] { Child, Sibling }.SelectMany(c => Evaluator.EvaluateChild(c, records, Today)).ToList();
        var review = Evaluator.EvaluateFamily(hits);

        Assert.NotNull(review);
        Assert.Equal(IndicatorRuleSet.Current.FamilyReview.Id, review.RuleId);
        Assert.Equal(records.Select(r => r.RecordId).Order(), review.Evidence.Select(e => e.RecordId).Order());
        Assert.Equal([Child, Sibling], review.Evidence.Select(e => e.ChildId).Distinct().Order());
    }

    [Fact]
    public void Two_rules_in_one_outcome_area_count_once_so_the_family_is_not_flagged()
    {
        IndicatorRecord[] records =
        [
            Attendance(Child, MonthsAgo(1), 80m),
            PermanentExclusion(Child, MonthsAgo(1)),
            OffenceOutcome(Sibling, MonthsAgo(1)),
        ];

        var hits = new[] { Child, Sibling }.SelectMany(c => Evaluator.EvaluateChild(c, records, Today)).ToList();

        Assert.Equal(3, hits.Count);
        Assert.Null(Evaluator.EvaluateFamily(hits));
    }

    [Fact]
    public void The_family_review_clears_when_a_need_clears()
    {
        var attendance = Attendance(Child, MonthsAgo(2), 80m);
        IndicatorRecord[] others = [Assessment(Sibling, MonthsAgo(1), "3B"), OffenceOutcome(Sibling, MonthsAgo(1))];
        IndicatorRecord[] before = [attendance, .. others];
        IndicatorRecord[] after = [attendance, Attendance(Child, MonthsAgo(1), 96m), .. others];

        Assert.NotNull(Evaluator.EvaluateFamily(new[] { Child, Sibling }.SelectMany(c => Evaluator.EvaluateChild(c, before, Today))));
        Assert.Null(Evaluator.EvaluateFamily(new[] { Child, Sibling }.SelectMany(c => Evaluator.EvaluateChild(c, after, Today))));
    }
}
