namespace ChildView.Linkage.Clustering;

/// <summary>
/// Groups records joined by matched pairs into people (transitive closure, union–find). Simple and
/// predictable; note one false link merges two people, so review large clusters.
/// </summary>
public static class ConnectedComponents
{
    /// <summary>Cluster number per record position (0..recordCount-1); a cluster is named by its lowest position.</summary>
    public static int[] Cluster(int recordCount, IEnumerable<(int Left, int Right)> matches)
    {
        var parent = Enumerable.Range(0, recordCount).ToArray();
        foreach (var (left, right) in matches)
        {
            var (a, b) = (Root(parent, left), Root(parent, right));
            if (a != b)
                parent[Math.Max(a, b)] = Math.Min(a, b);
        }
        for (var i = 0; i < recordCount; i++)
            parent[i] = Root(parent, i);
        return parent;
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]]; // path halving keeps trees shallow
            i = parent[i];
        }
        return i;
    }
}
