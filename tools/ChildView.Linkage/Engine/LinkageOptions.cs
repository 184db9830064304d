using ChildView.Linkage.Blocking;
using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Identifiers;

namespace ChildView.Linkage;

/// <summary>Everything that can be tuned; the defaults are what the FEBRL benchmark runs with.</summary>
public sealed record LinkageOptions
{
    public IStrongIdValidator StrongIds { get; init; } = new AnyIdValidator();
    public IReadOnlyList<BlockingRule> BlockingRules { get; init; } = BlockingRule.Standard;
    public DecisionPolicy Decision { get; init; } = DecisionPolicy.Default;
    public bool GuardTwins { get; init; } = true;

    /// <summary>
    /// Hold back pairs whose birth years are a generation apart or unknown (<see cref="GenerationGuard"/>): a namesake
    /// parent at the child's address. Off only for data without households, whose generator blanks or replaces dates.
    /// </summary>
    public bool GuardGenerations { get; init; } = true;
    public int RandomPairSamples { get; init; } = 200_000;
    public int Seed { get; init; } = 20261125;

    /// <summary>Blocks larger than this are skipped (their pairs counted in <see cref="LinkageResult.DroppedPairs"/>).</summary>
    public int MaxBlockSize { get; init; } = 2000;

    /// <summary>
    /// Each blocking rule may yield at most this many pairs per record; beyond it the rule's largest blocks
    /// are skipped (counted in <see cref="LinkageResult.DroppedPairs"/>). Only bites at scale.
    /// </summary>
    public double PairBudgetPerRecord { get; init; } = 10;

    /// <summary>
    /// Keep every scored candidate in <see cref="LinkageResult.Pairs"/>. Off for large runs: only
    /// matches and possible matches are kept, which is what callers act on (tens of millions of
    /// non-match objects would dominate memory).
    /// </summary>
    public bool RetainNonMatches { get; init; } = true;

    public IReadOnlyList<IComparison> Comparisons() => ComparisonSet.Standard(StrongIds);
}
