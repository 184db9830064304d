using System.Text.Json.Nodes;
using ChildView.ChildProfile.Indicators;
using ChildView.ChildProfile.Ingestion;
using ChildView.Contracts.IntegrationEvents;

namespace ChildView.UnitTests.Indicators;

public sealed class IndicatorRuleSetTests
{
    private static string ShippedJson()
    {
        using var stream = typeof(IndicatorRuleSet).Assembly.GetManifestResourceStream("ChildView.EarlyHelpIndicators.json")!;
        return new StreamReader(stream).ReadToEnd();
    }

    private static string Mutated(Action<JsonNode> change)
    {
        var document = JsonNode.Parse(ShippedJson())!;
        change(document);
        return document.ToJsonString();
    }

    private static JsonNode Rule(JsonNode document, string id) => document["rules"]!.AsArray().Single(r => (string?)r!["id"] == id)!;

    [Fact]
    public void The_shipped_rule_set_loads_with_rules_in_headline_outcome_areas()
    {
        var rules = IndicatorRuleSet.Current;

        Assert.NotEmpty(rules.Rules);
        Assert.All(rules.Rules, r => Assert.Contains(r.OutcomeArea, OutcomeAreas.All.Keys));
        Assert.Equal(3, rules.FamilyReview.MinimumOutcomeAreas);
        Assert.Equal(10, OutcomeAreas.All.Count);
    }

    public static TheoryData<string, string, string> BrokenRules() => new()
    {
        { "domestic-abuse", "unknown record type 'assesment'", """{"recordType":"assesment"}""" },
        { "persistent-absence", "unknown attribute 'persistentAbsense'", """{"recordType":"attendance-summary","where":[{"attribute":"persistentAbsense","equals":"true"}]}""" },
        { "repeated-suspensions", "atLeast must be 1 or more", """{"recordType":"exclusion","atLeast":0}""" },
        { "youth-justice-outcome", "exactly one of", """{"recordType":"offence-outcome","where":[{"attribute":"outcome","equals":"x","oneOf":["y"]}]}""" },
        { "going-missing", "unknown attribute 'missingDate'", """{"recordType":"assessment","withinMonths":12,"dateAttribute":"missingDate"}""" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void A_rule_with_an_unknown_record_type_or_attribute_or_a_malformed_condition_is_refused_naming_the_rule(string ruleId, string problem, string condition)
    {
        var json = Mutated(d => Rule(d, ruleId)["condition"] = JsonNode.Parse(condition));

        var error = Assert.Throws<InvalidDataException>(() => IndicatorRuleSet.Parse(json));

        Assert.Contains($"'{ruleId}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_in_an_unknown_outcome_area_is_refused_naming_the_rule()
    {
        var error = Assert.Throws<InvalidDataException>(() => IndicatorRuleSet.Parse(Mutated(d => Rule(d, "domestic-abuse")["outcomeArea"] = "happiness")));

        Assert.Contains("'domestic-abuse'", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown outcome area 'happiness'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_an_unknown_field_a_bad_scope_or_bad_json_is_refused()
    {
        Assert.Contains("defined twice", Assert.Throws<InvalidDataException>(() => IndicatorRuleSet.Parse(Mutated(d => Rule(d, "going-missing")["id"] = "domestic-abuse"))).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => IndicatorRuleSet.Parse(Mutated(d => Rule(d, "going-missing")["threshold"] = 3)));
        Assert.Throws<InvalidDataException>(() => IndicatorRuleSet.Parse(Mutated(d => Rule(d, "going-missing")["scope"] = "county")));
        Assert.Throws<InvalidDataException>(() => IndicatorRuleSet.Parse(Mutated(d => Rule(d, "going-missing")["cinFactors"] = new JsonArray("10Z9"))));
        Assert.Throws<InvalidDataException>(() => IndicatorRuleSet.Parse("{\"rules\": ["));
    }

    /// <summary>The vocabulary rules are checked against is exactly what the fact factories write, so a rule can never name an attribute no record carries.</summary>
    [Fact]
    public void The_vocabulary_is_exactly_the_attributes_the_fact_factories_write()
    {
        var day = new DateOnly(2026, 1, 1);
        var id = Guid.NewGuid();
        RecordFacts[] everyAttributeFilled =
        [
            EducationRecords.AttendanceSummary(id, "2025/26", "spring", day, 100, 88m, true, RecordState.Open),
            EducationRecords.Exclusion(id, "FIXD", "DB", day, day, 2, RecordState.Open),
            EducationRecords.SenProvision(id, "K", day, day, RecordState.Open),
            EducationRecords.FreeSchoolMeals(id, day, day, RecordState.Open),
            SocialCareRecords.Referral(id, day, "2A", "N1", false, day, "RC1"),
            SocialCareRecords.Assessment(id, day, day, ["3A"]),
            SocialCareRecords.Section47(id, day, "OUTCOME", day),
            SocialCareRecords.ChildProtectionPlan(id, day, day, "NEG"),
            SocialCareRecords.ChildInNeedPlan(id, day, day),
            SocialCareRecords.LookedAfterEpisode(id, day, "C2", "U1", "PR1", day, "E11"),
            YouthOffendingRecords.OffenceOutcome(id, "Theft", 2, "youth-caution", 6, day, RecordState.Open),
            YouthOffendingRecords.Intervention(id, "mentoring", day, day, RecordState.Open),
            EarlyYearsRecords.EarlyHelp(id, "Lead", day, day, "needs-met", RecordState.Closed),
            EarlyYearsRecords.DevelopmentalCheck(id, day, ["on-track"], RecordState.Open),
        ];

        var written = everyAttributeFilled.GroupBy(f => f.RecordType)
            .ToDictionary(g => g.Key, g => g.SelectMany(f => f.Attributes?.Keys ?? []).Order().ToList());

        Assert.Equal(IndicatorVocabulary.AttributesByRecordType.Keys.Order(), written.Keys.Order());
        foreach (var (recordType, attributes) in IndicatorVocabulary.AttributesByRecordType)
        {
            Assert.Equal(attributes.Order(), written[recordType]);
        }
    }
}
