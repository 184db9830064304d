namespace ChildView.Linkage.Evaluation;

/// <summary>Truth as record-id pairs: every two records of one entity are a true pair.</summary>
public static class TruePairs
{
    public static HashSet<(string, string)> Within(IEnumerable<IEnumerable<string>> recordIdsByEntity)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var entity in recordIdsByEntity)
        {
            var ids = entity.ToArray();
            for (var a = 0; a < ids.Length; a++)
                for (var b = a + 1; b < ids.Length; b++)
                    pairs.Add(PairwiseScore.Ordered(ids[a], ids[b]));
        }
        return pairs;
    }

    /// <summary>Every pair of a left and a right record of the same entity (a link's truth).</summary>
    public static HashSet<(string, string)> Across<TRecord, TEntity>(
        IEnumerable<TRecord> left, IEnumerable<TRecord> right, Func<TRecord, TEntity> entity, Func<TRecord, string> id)
    {
        var rightByEntity = right.ToLookup(entity);
        var pairs = new HashSet<(string, string)>();
        foreach (var a in left)
            foreach (var b in rightByEntity[entity(a)])
                pairs.Add(PairwiseScore.Ordered(id(a), id(b)));
        return pairs;
    }
}
