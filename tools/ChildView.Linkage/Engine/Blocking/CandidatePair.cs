namespace ChildView.Linkage.Blocking;

/// <summary>
/// Two record positions (left list, right list — the same list when deduplicating) and a bit per
/// blocking rule that produced the pair.
/// </summary>
public readonly record struct CandidatePair(int Left, int Right, int RuleMask)
{
    public bool FromRule(int ruleIndex) => (RuleMask & (1 << ruleIndex)) != 0;
}
