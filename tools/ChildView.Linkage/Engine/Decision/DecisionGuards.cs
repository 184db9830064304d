using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Decision;

/// <summary>The guards a run's options switch on, applied in order to a pair's decision: each can only hold a link back.</summary>
public sealed class DecisionGuards(LinkageOptions options, IReadOnlyList<IComparison> comparisons, IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right)
{
    private readonly TwinGuard twins = new(comparisons);
    private readonly SiblingGuard siblings = new(comparisons);
    private readonly SharedIdentifierGuard sharedIdentifiers = new(comparisons);
    private readonly GenerationGuard? generations = options.GuardGenerations ? GenerationGuard.For(comparisons, left, right) : null;

    public MatchDecision Apply(MatchDecision decision, ReadOnlySpan<byte> levels, PersonRecord a, PersonRecord b)
    {
        decision = sharedIdentifiers.Apply(decision, levels, a, b);
        if (generations is not null)
            decision = generations.Apply(decision, levels, a, b);
        return options.GuardTwins ? siblings.Apply(twins.Apply(decision, levels, a, b), levels, a, b) : decision;
    }
}
