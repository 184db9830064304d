using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;

namespace ChildView.Linkage;

/// <summary>All scored candidate pairs plus the trained model, so callers can inspect why pairs scored as they did.</summary>
public sealed record LinkageResult(IReadOnlyList<ScoredPair> Pairs, FellegiSunterModel Model, int CandidatePairs)
{
    public IEnumerable<ScoredPair> Matches => Pairs.Where(p => p.Decision == MatchDecision.Match);

    public int Count(MatchDecision decision) => Pairs.Count(p => p.Decision == decision);
}
