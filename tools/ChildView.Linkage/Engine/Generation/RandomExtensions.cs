namespace ChildView.Linkage.Generation;

/// <summary>The few draws the generator makes over and over, named for what they mean.</summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => probability > 0 && random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>An index drawn with the given (unnormalised) weights.</summary>
    public static int Weighted(this Random random, ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
            total += weight;
        var draw = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            draw -= weights[i];
            if (draw < 0)
                return i;
        }
        return weights.Length - 1;
    }
}
