using System.Collections.Concurrent;
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
        // Ranges rather than single pairs: one delegate call per pair costs as much as a cheap comparison.
        Parallel.ForEach(Partitioner.Create(0, pairs.Count, 1 << 14), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, range =>
        {
            for (var p = range.Item1; p < range.Item2; p++)
            {
                var a = left[pairs[p].Left];
                var b = right[pairs[p].Right];
                for (var c = 0; c < k; c++)
                    levels[(long)p * k + c] = Encode(comparisons[c].Compare(a, b));
            }
        });
        return new ComparisonVectors(k, levels);
    }

    public static byte Encode(int level) => level == IComparison.Missing ? Missing : (byte)level;
}
