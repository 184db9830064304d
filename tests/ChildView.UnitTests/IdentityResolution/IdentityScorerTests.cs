using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Children.Matching;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;

namespace ChildView.UnitTests.IdentityResolution;

/// <summary>The profile's pairwise decisions on the shapes children's records take: typos, swaps, twins, siblings, namesakes.</summary>
public sealed class IdentityScorerTests
{
    private static readonly ChildIdentityModel Model = ChildIdentityModel.Embedded;
    private static readonly FellegiSunterModel Scoring = Model.For(TermFrequencies.Of(Model.Comparisons.Count, new Dictionary<int, Dictionary<string, double>>()));

    private static SourceLink Amelia(Action<SourceLink>? change = null)
    {
        var link = new SourceLink { SourceSystem = "education", LocalId = Guid.NewGuid().ToString("N"), ChildId = Guid.NewGuid() };
        SourceIdentity.Apply(link, new("education", link.LocalId, "Amelia", "Hartley", new DateOnly(2013, 4, 17), "F", null, null, new("12 Mill Lane", null, "Matlock", "DE4 3AB")));
        change?.Invoke(link);
        return link;
    }

    private static MatchCandidate Score(SourceLink incoming, SourceLink candidate) => IdentityScorer.Score(Model, Scoring, incoming, candidate);

    [Fact]
    public void The_same_identity_from_another_service_is_a_match()
    {
        var result = Score(Amelia(), Amelia());

        Assert.Equal(MatchDecision.Match, result.Decision);
        Assert.True(result.Probability > 0.99);
    }

    [Theory]
    [InlineData("Amelai", null)]          // transposed letters in the given name
    [InlineData(null, "Hartly")]           // a dropped letter in the surname
    [InlineData("Millie", null)]          // a common short form of Amelia
    public void A_mistyped_or_shortened_name_with_everything_else_agreeing_is_a_match(string? given, string? family)
    {
        var incoming = Amelia(l =>
        {
            l.GivenName = given ?? l.GivenName;
            l.GivenNameKey = given?.ToLowerInvariant() ?? l.GivenNameKey;
            l.FamilyName = family ?? l.FamilyName;
            l.FamilyNameKey = family?.ToLowerInvariant() ?? l.FamilyNameKey;
        });

        Assert.Equal(MatchDecision.Match, Score(incoming, Amelia()).Decision);
    }

    [Fact]
    public void Day_and_month_swapped_in_the_date_of_birth_is_still_a_match()
    {
        var swapped = Amelia(l => l.DateOfBirth = new DateOnly(2013, 4, 5));
        var original = Amelia(l => l.DateOfBirth = new DateOnly(2013, 5, 4));

        var result = Score(swapped, original);

        Assert.Equal(MatchDecision.Match, result.Decision);
        Assert.Equal("day-month swapped", result.Evidence.Single(e => e.Comparison == "date_of_birth").Level);
    }

    [Fact]
    public void Twins_share_everything_but_the_given_name_and_stay_apart_without_a_review()
    {
        var twin = Amelia(l => (l.GivenName, l.GivenNameKey) = ("Noah", "noah"));

        Assert.Equal(MatchDecision.NonMatch, Score(twin, Amelia()).Decision);
    }

    [Fact]
    public void A_sibling_at_the_same_address_is_a_different_child()
    {
        var sibling = Amelia(l => (l.GivenName, l.GivenNameKey, l.DateOfBirth) = ("Jacob", "jacob", new DateOnly(2015, 4, 17)));

        Assert.Equal(MatchDecision.NonMatch, Score(sibling, Amelia()).Decision);
    }

    [Fact]
    public void A_namesake_born_the_same_day_elsewhere_is_a_possible_match_for_a_steward()
    {
        var elsewhere = Amelia(l => (l.AddressLine1, l.Town, l.PostcodeKey) = ("3 Harbour Road", "Penzance", "TR184AB"));

        var result = Score(elsewhere, Amelia());

        Assert.Equal(MatchDecision.Possible, result.Decision);
        Assert.InRange(result.Weight, MatchThresholds.Possible, MatchThresholds.Match);
    }

    [Fact]
    public void Different_valid_nhs_numbers_never_match_automatically()
    {
        var one = Amelia(l => l.NhsNumber = "9434765919");
        var other = Amelia(l => l.NhsNumber = "4010232137");

        Assert.Equal(MatchDecision.Possible, Score(one, other).Decision);
    }

    [Fact]
    public void An_agreeing_nhs_number_carries_a_name_change()
    {
        var before = Amelia(l => l.NhsNumber = "9434765919");
        var after = Amelia(l => (l.FamilyName, l.FamilyNameKey, l.NhsNumber, l.AddressLine1, l.PostcodeKey) = ("Okafor", "okafor", "9434765919", "4 Dale Road", "DE45QQ"));

        Assert.Equal(MatchDecision.Match, Score(after, before).Decision);
    }

    [Fact]
    public void An_nhs_number_and_a_upn_are_never_compared_with_each_other()
    {
        var withNhs = Amelia(l => l.NhsNumber = "9434765919");
        var withUpn = Amelia(l => l.Upn = "B801200005001");

        var evidence = Score(withNhs, withUpn).Evidence.Single(e => e.Comparison == "strong_id");

        Assert.Equal("missing", evidence.Level);
        Assert.Equal(0, evidence.Weight);
    }

    [Fact]
    public void Given_names_that_disagree_outright_are_never_matched_automatically()
    {
        // Not sibling-shaped (the surname differs too), but an outright different given name is for a person to judge.
        var other = Amelia(l => (l.GivenName, l.GivenNameKey, l.FamilyName, l.FamilyNameKey) = ("Zara", "zara", "Hartley-Okafor", "hartley okafor"));

        Assert.NotEqual(MatchDecision.Match, Score(other, Amelia()).Decision);
    }

    [Fact]
    public void The_evidence_names_every_comparison_with_both_values_and_adds_up_to_the_weight()
    {
        var incoming = Amelia(l => (l.GivenName, l.GivenNameKey) = ("Amelai", "amelai"));
        var result = Score(incoming, Amelia());

        Assert.Equal(["given_name", "surname", "date_of_birth", "location", "strong_id", "sex"], result.Evidence.Select(e => e.Comparison));
        var given = result.Evidence[0];
        Assert.Equal(("Amelai", "Amelia"), (given.Incoming, given.Candidate));
        Assert.Equal("12 Mill Lane, Matlock, DE43AB", result.Evidence.Single(e => e.Comparison == "location").Candidate);
        Assert.Equal(result.Weight - Scoring.PriorWeight, result.Evidence.Sum(e => e.Weight), precision: 1);
    }

    [Fact]
    public void A_rare_shared_surname_weighs_more_than_a_common_one()
    {
        var surname = Model.SurnameComparison;
        var rare = Model.For(TermFrequencies.Of(Model.Comparisons.Count, new Dictionary<int, Dictionary<string, double>> { [surname] = new() { ["hartley"] = 1e-5 } }));
        var common = Model.For(TermFrequencies.Of(Model.Comparisons.Count, new Dictionary<int, Dictionary<string, double>> { [surname] = new() { ["hartley"] = 0.01 } }));

        var rareWeight = IdentityScorer.Score(Model, rare, Amelia(), Amelia()).Weight;
        var commonWeight = IdentityScorer.Score(Model, common, Amelia(), Amelia()).Weight;

        Assert.True(rareWeight > commonWeight + 5, $"rare {rareWeight:F1} vs common {commonWeight:F1}");
    }

    [Fact]
    public void A_sibling_with_a_similar_name_and_another_birthday_is_left_to_a_steward()
    {
        var alfie = Amelia(l => (l.GivenName, l.GivenNameKey, l.DateOfBirth) = ("Alfie", "alfie", new DateOnly(2010, 9, 16)));
        var albie = Amelia(l => (l.GivenName, l.GivenNameKey, l.DateOfBirth) = ("Albie", "albie", new DateOnly(2013, 7, 17)));

        Assert.Equal(MatchDecision.Possible, Score(alfie, albie).Decision);
    }

    [Fact]
    public void A_given_name_that_resembles_the_other_childs_surname_is_not_a_swap()
    {
        var olivia = Amelia(l => (l.GivenName, l.GivenNameKey, l.FamilyName, l.FamilyNameKey) = ("Olivia", "olivia", "Miller", "miller"));
        var millie = Amelia(l => (l.GivenName, l.GivenNameKey, l.FamilyName, l.FamilyNameKey, l.PostcodeKey, l.AddressLine1) = ("Millie", "millie", "Wilson", "wilson", "DE247GJ", "4 Dale Road"));

        var result = Score(millie, olivia);

        Assert.Equal("else", result.Evidence.Single(e => e.Comparison == "given_name").Level);
        Assert.NotEqual(MatchDecision.Match, result.Decision);
    }

    [Fact]
    public void Names_written_the_wrong_way_round_are_a_swap()
    {
        var swapped = Amelia(l => (l.GivenName, l.GivenNameKey, l.FamilyName, l.FamilyNameKey) = ("Hartley", "hartley", "Amelia", "amelia"));

        var result = Score(swapped, Amelia());

        Assert.Equal("swapped", result.Evidence.Single(e => e.Comparison == "given_name").Level);
        Assert.Equal(MatchDecision.Match, result.Decision);
    }
}
