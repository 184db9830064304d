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
    public int RandomPairSamples { get; init; } = 200_000;
    public int Seed { get; init; } = 20261125;

    public IReadOnlyList<IComparison> Comparisons() => ComparisonSet.Standard(StrongIds);
}
