namespace ChildView.Linkage.Generation;

/// <summary>
/// Draws from a list ordered commonest first with Zipf-like frequencies (rank k has weight 1/k^s), as
/// real name and place frequencies fall off: a few very common values, a long tail of rare ones.
/// </summary>
public sealed class RankedSampler<T>
{
    private readonly IReadOnlyList<T> items;
    private readonly double[] cumulative;

    public RankedSampler(IReadOnlyList<T> items, double exponent)
    {
        if (items.Count == 0)
            throw new ArgumentException("A sampler needs at least one item.", nameof(items));
        this.items = items;
        cumulative = new double[items.Count];
        var total = 0.0;
        for (var k = 0; k < items.Count; k++)
            cumulative[k] = total += 1 / Math.Pow(k + 1, exponent);
        for (var k = 0; k < items.Count; k++)
            cumulative[k] /= total;
    }

    public IReadOnlyList<T> Items => items;

    /// <summary>The share of draws that fall on the item at <paramref name="rank"/> (0 = commonest).</summary>
    public double Share(int rank) => rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];

    public T Sample(Random random)
    {
        var at = Array.BinarySearch(cumulative, random.NextDouble());
        return items[Math.Min(at < 0 ? ~at : at, items.Count - 1)];
    }
}
