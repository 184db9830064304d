using System.Globalization;

namespace ChildView.Bench;

public static class Percentiles
{
    /// <summary>Nearest-rank percentile of milliseconds.</summary>
    public static double Of(IReadOnlyList<double> samples, double percentile)
    {
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
