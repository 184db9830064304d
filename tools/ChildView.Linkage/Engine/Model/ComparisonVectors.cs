using ChildView.Linkage.Blocking;
using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Model;

/// <summary>
/// The comparison level of every comparison for every candidate pair, computed once and shared by
/// training and scoring. Stored flat (pair-major) as bytes; <see cref="Missing"/> marks no evidence.
/// </summary>
public sealed class ComparisonVectors
{
    public const byte Missing = byte.MaxValue;

    private readonly byte[] levels;

    public ComparisonVectors(int comparisonCount, byte[] levels)
    {
        ComparisonCount = comparisonCount;
        this.levels = levels;
    }

    public int ComparisonCount { get; }

    public int PairCount => levels.Length / ComparisonCount;

    public ReadOnlySpan<byte> For(int pair) => levels.AsSpan(pair * ComparisonCount, ComparisonCount);

    public static ComparisonVectors Compute(
        IReadOnlyList<IComparison> comparisons, IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right, IReadOnlyList<CandidatePair> pairs)
    {
        var k = comparisons.Count;
        var levels = new byte[pairs.Count * k];
        Parallel.For(0, pairs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, p =>
        {
            var a = left[pairs[p].Left];
            var b = right[pairs[p].Right];
            for (var c = 0; c < k; c++)
                levels[p * k + c] = Encode(comparisons[c].Compare(a, b));
        });
        return new ComparisonVectors(k, levels);
    }

    public static byte Encode(int level) => level == IComparison.Missing ? Missing : (byte)level;
}
