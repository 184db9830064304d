namespace ChildView.Linkage.Model;

/// <summary>
/// A stronger agreement level must never weigh less than a weaker one (levels are ordered strongest
/// first). Where EM's m says otherwise — a "close" name outweighing an exact one — the offending adjacent
/// levels are pooled (pool-adjacent-violators on m/u): they share one ratio, their m total unchanged.
/// </summary>
public static class MonotoneLevels
{
    public static double[] Enforce(double[] m, double[] u)
    {
        // Blocks of adjacent levels with their pooled m and u; merged while a later block outweighs an earlier one.
        var blocks = new List<(int Start, int End, double M, double U)>();
        for (var l = 0; l < m.Length; l++)
        {
            blocks.Add((l, l, m[l], u[l]));
            while (blocks.Count > 1 && Ratio(blocks[^1]) > Ratio(blocks[^2]))
            {
                var (last, previous) = (blocks[^1], blocks[^2]);
                blocks.RemoveRange(blocks.Count - 2, 2);
                blocks.Add((previous.Start, last.End, previous.M + last.M, previous.U + last.U));
            }
        }
        var pooled = new double[m.Length];
        foreach (var block in blocks)
        {
            for (var l = block.Start; l <= block.End; l++)
                pooled[l] = block.M * u[l] / block.U;
        }
        return pooled;
    }

    private static double Ratio((int Start, int End, double M, double U) block) => block.M / Math.Max(block.U, 1e-12);
}
