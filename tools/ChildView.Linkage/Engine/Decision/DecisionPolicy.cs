namespace ChildView.Linkage.Decision;

/// <summary>
/// Turns a match weight into a decision without labels: a match at probability ≥ 0.5 (weight ≥ 0,
/// the prior already being in the weight); "possible" in a band just below it.
/// </summary>
public sealed record DecisionPolicy(double MatchWeightThreshold = 0, double PossibleBand = 4)
{
    public static DecisionPolicy Default { get; } = new();

    public MatchDecision Decide(double matchWeight) =>
        matchWeight >= MatchWeightThreshold ? MatchDecision.Match
        : matchWeight >= MatchWeightThreshold - PossibleBand ? MatchDecision.Possible
        : MatchDecision.NonMatch;
}
