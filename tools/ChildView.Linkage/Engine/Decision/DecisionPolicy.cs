namespace ChildView.Linkage.Decision;

/// <summary>
/// Turns a match weight into a decision without labels. Precision first: a wrong link shows one child's history
/// on another child's page. By default the auto-link threshold is fitted to each run (<see cref="Target"/>): the
/// lowest at which the links' expected precision stays at <see cref="DefaultExpectedPrecision"/>, never linking a
/// pair below <see cref="DefaultFloorProbability"/>; the band below it, down to probability ≈ 1/17, goes to a person
/// as "possible". <see cref="AtProbability"/> is a fixed threshold, the same for every run.
/// </summary>
public sealed record DecisionPolicy(double MatchWeightThreshold, double PossibleBand)
{
    /// <summary>The fixed threshold's posterior, and the fitted one's when no threshold meets the target.</summary>
    public const double DefaultMatchProbability = 0.99;

    /// <summary>One wrong link in two hundred expected across the auto-linked set; where the links fall short of it the threshold rises.</summary>
    public const double DefaultExpectedPrecision = 0.995;

    /// <summary>
    /// No pair the model itself gives less than this is linked without a person, however the set averages out. Not
    /// lower: on the generated population siblings sharing surname and address score 0.9–0.99 under independence,
    /// so a floor of 0.95 let hundreds of them through (precision 0.996 → 0.989) while RLdata and FEBRL gained.
    /// </summary>
    public const double DefaultFloorProbability = DefaultMatchProbability;

    /// <summary>The weight below which nothing is worth a review: probability 2⁻⁴/(1 + 2⁻⁴) ≈ 0.06.</summary>
    public const double PossibleFloorWeight = -4;

    public static DecisionPolicy Default { get; } =
        AtProbability(DefaultMatchProbability) with { Target = new ExpectedPrecisionTarget(DefaultExpectedPrecision, DefaultFloorProbability) };

    /// <summary>When set, the engine replaces the threshold by the one this target chooses from the run's posteriors.</summary>
    public ExpectedPrecisionTarget? Target { get; init; }

    /// <summary>Auto-link at posterior ≥ <paramref name="matchProbability"/>; possible down to <see cref="PossibleFloorWeight"/>.</summary>
    public static DecisionPolicy AtProbability(double matchProbability) => AtWeight(Math.Log2(matchProbability / (1 - matchProbability)));

    private static DecisionPolicy AtWeight(double threshold) => new(threshold, Math.Max(threshold - PossibleFloorWeight, 0));

    /// <summary>
    /// The fixed policy for one run. <paramref name="linkableWeights"/>: the weights of the pairs no guard holds
    /// back, at least those at or above the target's floor.
    /// </summary>
    public DecisionPolicy FittedTo(IEnumerable<double> linkableWeights) => Target?.Threshold(linkableWeights) is { } threshold
        // The possible band keeps its floor: only the line between link and review moves.
        ? new DecisionPolicy(threshold, Math.Max(threshold - PossibleFloor, 0))
        : this with { Target = null };

    /// <summary>The weight below which a pair is a non-match.</summary>
    public double PossibleFloor => MatchWeightThreshold - PossibleBand;

    public MatchDecision Decide(double matchWeight) =>
        matchWeight >= MatchWeightThreshold ? MatchDecision.Match
        : matchWeight >= MatchWeightThreshold - PossibleBand ? MatchDecision.Possible
        : MatchDecision.NonMatch;
}
