using ChildView.Linkage.Decision;

namespace ChildView.ChildProfile.Children.Matching;

/// <summary>An existing child an incoming identity may be, with the best-scoring of that child's source identities.</summary>
public sealed record MatchCandidate(Guid ChildId, double Weight, MatchDecision Decision, IReadOnlyList<MatchEvidence> Evidence)
{
    public double Probability => Linkage.Model.FellegiSunterModel.Probability(Weight);
}
