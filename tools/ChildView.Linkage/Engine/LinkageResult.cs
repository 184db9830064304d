using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;

namespace ChildView.Linkage;

/// <summary>
/// Scored candidate pairs (all of them unless <see cref="LinkageOptions.RetainNonMatches"/> is off) plus the
/// trained model, so callers can inspect why pairs scored as they did. <c>DroppedPairs</c>: pairs inside
/// oversize blocks that blocking skipped (counted per rule, so a pair another rule found may be included).
/// </summary>
public sealed record LinkageResult(IReadOnlyList<ScoredPair> Pairs, FellegiSunterModel Model, int CandidatePairs, long DroppedPairs = 0)
{
    public IEnumerable<ScoredPair> Matches => Pairs.Where(p => p.Decision == MatchDecision.Match);

    public int Count(MatchDecision decision) => Pairs.Count(p => p.Decision == decision);
}
