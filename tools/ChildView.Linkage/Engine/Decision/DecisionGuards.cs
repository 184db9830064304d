using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Decision;

/// <summary>The guards a run's options switch on, applied in order to a pair's decision: each can only hold a link back.</summary>
public sealed class DecisionGuards(LinkageOptions options, IReadOnlyList<IComparison> comparisons)
{
    private readonly TwinGuard twins = new(comparisons);
    private readonly SharedIdentifierGuard sharedIdentifiers = new(comparisons);
    private readonly int strongId = ComparisonSet.IndexOf(comparisons, c => c is StrongIdComparison);

    public MatchDecision Apply(MatchDecision decision, ReadOnlySpan<byte> levels, PersonRecord a, PersonRecord b)
    {
        decision = sharedIdentifiers.Apply(decision, levels, a, b);
        if (options.GuardGenerations)
            decision = GenerationGuard.Apply(decision, levels, strongId, a, b);
        return options.GuardTwins ? twins.Apply(decision, levels, a, b) : decision;
    }
}
