namespace ChildView.Linkage.Decision;

/// <summary>
/// Turns a match weight into a decision without labels. Precision first: a wrong link shows one child's
/// history on another child's page, so a pair is linked automatically only at a posterior the model can
/// stand behind (<see cref="DefaultMatchProbability"/>); the band below it, down to probability ≈ 1/17,
/// goes to a person as "possible".
/// </summary>
public sealed record DecisionPolicy(double MatchWeightThreshold, double PossibleBand)
{
    /// <summary>
    /// One wrong auto-link in a hundred at the very threshold; auto-links sit mostly far above it, so their
    /// mean posterior (the expected precision <see cref="ExpectedAccuracy"/> reports) is well over 0.999.
    /// </summary>
    public const double DefaultMatchProbability = 0.99;

    /// <summary>The weight below which nothing is worth a review: probability 2⁻⁴/(1 + 2⁻⁴) ≈ 0.06.</summary>
    public const double PossibleFloorWeight = -4;

    public static DecisionPolicy Default { get; } = AtProbability(DefaultMatchProbability);

    /// <summary>Auto-link at posterior ≥ <paramref name="matchProbability"/>; possible down to <see cref="PossibleFloorWeight"/>.</summary>
    public static DecisionPolicy AtProbability(double matchProbability)
    {
        var threshold = Math.Log2(matchProbability / (1 - matchProbability));
        return new DecisionPolicy(threshold, Math.Max(threshold - PossibleFloorWeight, 0));
    }

    public MatchDecision Decide(double matchWeight) =>
        matchWeight >= MatchWeightThreshold ? MatchDecision.Match
        : matchWeight >= MatchWeightThreshold - PossibleBand ? MatchDecision.Possible
        : MatchDecision.NonMatch;
}
