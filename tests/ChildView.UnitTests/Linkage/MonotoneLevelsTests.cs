using ChildView.Linkage.Model;

namespace ChildView.UnitTests.Linkage;

public sealed class MonotoneLevelsTests
{
    [Fact]
    public void A_weaker_level_outweighing_a_stronger_one_is_pooled_with_it()
    {
        // EM's "same name" class: a close spelling (m/u = 400) outweighs an exact name (m/u = 20).
        double[] m = [0.2, 0.4, 0.4];
        double[] u = [0.01, 0.001, 0.989];

        var pooled = MonotoneLevels.Enforce(m, u);

        var weights = pooled.Select((p, l) => p / u[l]).ToArray();
        Assert.True(weights[0] >= weights[1] && weights[1] >= weights[2]);
        Assert.Equal(weights[0], weights[1], precision: 9);
        Assert.Equal(1.0, pooled.Sum(), precision: 9);
    }

    [Fact]
    public void Levels_already_in_order_are_untouched()
    {
        double[] m = [0.8, 0.15, 0.05];
        double[] u = [0.01, 0.09, 0.9];
        Assert.Equal(m, MonotoneLevels.Enforce(m, u), (a, b) => Math.Abs(a - b) < 1e-12);
    }
}
