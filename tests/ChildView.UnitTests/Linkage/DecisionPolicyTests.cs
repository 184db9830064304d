using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;

namespace ChildView.UnitTests.Linkage;

public sealed class DecisionPolicyTests
{
    // Precision first: probability 0.5 (weight 0) is a coin toss, not a link; the default auto-links at 0.99.
    [Theory]
    [InlineData(6.7, MatchDecision.Match)]     // probability just over 0.99
    [InlineData(12.0, MatchDecision.Match)]
    [InlineData(6.5, MatchDecision.Possible)]
    [InlineData(0.0, MatchDecision.Possible)]  // probability exactly 0.5: a person decides
    [InlineData(-4.0, MatchDecision.Possible)]
    [InlineData(-4.1, MatchDecision.NonMatch)]
    public void Auto_links_only_at_a_posterior_of_0_99(double weight, MatchDecision expected) =>
        Assert.Equal(expected, DecisionPolicy.Default.Decide(weight));

    [Fact]
    public void The_auto_link_posterior_is_configurable()
    {
        var policy = DecisionPolicy.AtProbability(0.999);
        Assert.Equal(MatchDecision.Possible, policy.Decide(9.9));
        Assert.Equal(MatchDecision.Match, policy.Decide(10.0));
    }

    [Fact]
    public void Expected_precision_is_the_mean_posterior_of_auto_links_and_recall_their_share_of_all_posterior()
    {
        var expected = ExpectedAccuracy.None
            .Add(0.99, MatchDecision.Match).Add(0.97, MatchDecision.Match)
            .Add(0.5, MatchDecision.Possible).Add(0.54, MatchDecision.NonMatch);
        Assert.Equal(0.98, expected.Precision, precision: 9);
        Assert.Equal(1.96 / 3.0, expected.Recall, precision: 9);
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 2.0 / 3.0)]
    [InlineData(-10.0, 1.0 / 1025.0)]
    public void Match_weight_is_log2_odds(double weight, double probability) =>
        Assert.Equal(probability, FellegiSunterModel.Probability(weight), precision: 9);

    // Fifty pairs far above any threshold (posterior 0.99976), one duplicate with one slip in its date of birth
    // (0.94), one stranger born the same day with the same common surname (0.67).
    private static readonly double[] RlDataLikeRun = [.. Enumerable.Repeat(12.0, 50), 4.0, 1.0];

    [Fact]
    public void A_threshold_fitted_to_expected_precision_links_a_one_slip_duplicate_the_fixed_posterior_leaves_out()
    {
        var policy = DecisionPolicy.AtProbability(0.99) with { Target = new ExpectedPrecisionTarget(0.995, FloorProbability: 0.9) };
        var fitted = policy.FittedTo(RlDataLikeRun);
        Assert.Equal(MatchDecision.Possible, DecisionPolicy.AtProbability(0.99).Decide(4.0));
        Assert.Equal(MatchDecision.Match, fitted.Decide(4.0));
        Assert.Equal(MatchDecision.Possible, fitted.Decide(1.0)); // below the floor however precise the set
        Assert.Null(fitted.Target);
    }

    [Fact]
    public void Links_crowded_at_the_fixed_threshold_raise_it_until_the_set_meets_the_target()
    {
        // Posteriors 0.9905 to 0.9995: linking all of them expects about one wrong link in 180.
        double[] weights = [6.7, 6.7, 6.7, 7.5, 11.0];
        var fitted = DecisionPolicy.AtProbability(0.99) with { Target = new ExpectedPrecisionTarget(0.995, FloorProbability: 0.99) };
        Assert.Equal(MatchDecision.Match, DecisionPolicy.AtProbability(0.99).Decide(6.7));
        Assert.Equal(MatchDecision.Possible, fitted.FittedTo(weights).Decide(6.7));
        Assert.Equal(MatchDecision.Match, fitted.FittedTo(weights).Decide(7.5));
    }

    [Fact]
    public void When_no_threshold_meets_the_target_nothing_is_linked_without_a_person()
    {
        var fitted = (DecisionPolicy.AtProbability(0.99) with { Target = new ExpectedPrecisionTarget(0.999, FloorProbability: 0.9) }).FittedTo([7.0, 7.0]);
        Assert.Equal(MatchDecision.Possible, fitted.Decide(7.0));
    }

    [Fact]
    public void A_fitted_threshold_moves_only_the_line_between_link_and_review()
    {
        // A narrow review band (--possible-band 2): non-matches below weight 4.66 stay non-matches when the threshold falls to 5.
        var policy = new DecisionPolicy(6.66, 2.0) { Target = new ExpectedPrecisionTarget(0.995, FloorProbability: 0.9) };
        var fitted = policy.FittedTo([.. Enumerable.Repeat(12.0, 50), 5.0]);
        Assert.Equal(MatchDecision.Match, fitted.Decide(5.0));
        Assert.Equal(MatchDecision.Possible, fitted.Decide(4.7));
        Assert.Equal(MatchDecision.NonMatch, fitted.Decide(4.6));
    }
}
