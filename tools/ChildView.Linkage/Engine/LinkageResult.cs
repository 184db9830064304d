using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;

namespace ChildView.Linkage;

/// <summary>
/// Scored candidate pairs (all of them unless <see cref="LinkageOptions.RetainNonMatches"/> is off) plus the
/// trained model, so callers can inspect why pairs scored as they did. <c>DroppedPairs</c>: pairs inside
/// oversize blocks that blocking skipped (counted per rule, so a pair another rule found may be included).
/// <c>Expected</c>: the model's own, label-free estimate of its precision and recall over every candidate.
/// </summary>
public sealed record LinkageResult(
    IReadOnlyList<ScoredPair> Pairs, FellegiSunterModel Model, int CandidatePairs, long DroppedPairs = 0, ExpectedAccuracy? Expected = null)
{
    public IEnumerable<ScoredPair> Matches => Pairs.Where(p => p.Decision == MatchDecision.Match);

    public ExpectedAccuracy Expectation => Expected ?? ExpectedAccuracy.None;

    /// <summary>The policy the pairs were decided with: its threshold is the one fitted to this run where the options asked for that.</summary>
    public DecisionPolicy? Policy { get; init; }

    public int Count(MatchDecision decision) => Pairs.Count(p => p.Decision == decision);
}
