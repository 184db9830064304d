using ChildView.Linkage.Model;

namespace ChildView.Linkage.Decision;

/// <summary>
/// Chooses the auto-link threshold from the run's own posteriors, without labels: the lowest match weight at
/// which the pairs it would link — every pair at or above it — still have a mean posterior (the expected
/// precision of the links) of at least <see cref="Precision"/>, and never a single pair below
/// <see cref="FloorProbability"/>. A fixed posterior per pair is blind to how the links are spread: where nearly all
/// links sit far above it, pairs somewhat below it cost the set little precision and are mostly the same person
/// with one slip; where they crowd at it, it is too loose.
/// </summary>
public sealed record ExpectedPrecisionTarget(double Precision, double FloorProbability)
{
    public double FloorWeight => Math.Log2(FloorProbability / (1 - FloorProbability));

    /// <summary>
    /// The threshold for <paramref name="weights"/>: the weights of the pairs that would be linked at a threshold
    /// low enough to reach them (guards already applied). When no threshold meets the target it lies just above the
    /// strongest pair — nothing is linked without a person. Null when no pair reaches the floor.
    /// </summary>
    public double? Threshold(IEnumerable<double> weights)
    {
        var descending = weights.Where(w => w >= FloorWeight).OrderByDescending(w => w).ToArray();
        if (descending.Length == 0)
            return null;
        double? threshold = null;
        var posteriorSum = 0.0;
        for (var i = 0; i < descending.Length; i++)
        {
            posteriorSum += FellegiSunterModel.Probability(descending[i]);
            // Ties link together, so a threshold can only fall after the last pair of equal weight.
            var lastOfTie = i + 1 == descending.Length || descending[i + 1] < descending[i];
            if (lastOfTie && posteriorSum / (i + 1) >= Precision)
                threshold = descending[i];
        }
        return threshold ?? Math.BitIncrement(descending[0]);
    }
}
