namespace ChildView.SyntheticCounty;

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Earlier items are commoner (Zipf-like), as with names ranked by frequency.</summary>
    public static T PickRanked<T>(this Random random, IReadOnlyList<T> items) =>
        items[(int)(items.Count * Math.Pow(random.NextDouble(), 2))];

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Value, double Weight)> choices)
    {
        var roll = random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < Math.Min(1, probability);
}
