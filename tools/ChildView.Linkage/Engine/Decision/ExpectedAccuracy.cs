namespace ChildView.Linkage.Decision;

/// <summary>
/// The model's own estimate of how well its decisions do, from posteriors alone (no labels): expected
/// precision = mean posterior of the auto-links; expected recall = their posterior mass over that of
/// every candidate. Only as good as the model's calibration — which is why the benchmark prints it
/// next to the measured figures.
/// </summary>
public readonly record struct ExpectedAccuracy(double MatchedPosterior, long Matches, double CandidatePosterior)
{
    public static ExpectedAccuracy None => default;

    public double Precision => Matches == 0 ? 1 : MatchedPosterior / Matches;

    public double Recall => CandidatePosterior <= 0 ? 1 : MatchedPosterior / CandidatePosterior;

    public ExpectedAccuracy Add(double posterior, MatchDecision decision) => decision == MatchDecision.Match
        ? new(MatchedPosterior + posterior, Matches + 1, CandidatePosterior + posterior)
        : this with { CandidatePosterior = CandidatePosterior + posterior };

    public ExpectedAccuracy Plus(ExpectedAccuracy other) =>
        new(MatchedPosterior + other.MatchedPosterior, Matches + other.Matches, CandidatePosterior + other.CandidatePosterior);
}
