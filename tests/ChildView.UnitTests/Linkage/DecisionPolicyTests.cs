using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;

namespace ChildView.UnitTests.Linkage;

public sealed class DecisionPolicyTests
{
    [Theory]
    [InlineData(0.0, MatchDecision.Match)]     // probability exactly 0.5
    [InlineData(12.0, MatchDecision.Match)]
    [InlineData(-0.1, MatchDecision.Possible)]
    [InlineData(-4.0, MatchDecision.Possible)]
    [InlineData(-4.1, MatchDecision.NonMatch)]
    public void Three_outcomes_around_probability_one_half(double weight, MatchDecision expected) =>
        Assert.Equal(expected, DecisionPolicy.Default.Decide(weight));

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 2.0 / 3.0)]
    [InlineData(-10.0, 1.0 / 1025.0)]
    public void Match_weight_is_log2_odds(double weight, double probability) =>
        Assert.Equal(probability, FellegiSunterModel.Probability(weight), precision: 9);
}
