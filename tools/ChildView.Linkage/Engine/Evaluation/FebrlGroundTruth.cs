using ChildView.Linkage.Records;

namespace ChildView.Linkage.Evaluation;

/// <summary>
/// FEBRL's truth lives in the record id: "rec-N-org" and "rec-N-dup-k" are the same person exactly
/// when N is equal. Used only to score — never to train or pick thresholds.
/// </summary>
public static class FebrlGroundTruth
{
    public static string EntityOf(string recordId)
    {
        var parts = recordId.Split('-');
        return parts.Length >= 2 ? parts[1] : recordId;
    }

    public static HashSet<(string, string)> DedupePairs(IReadOnlyList<PersonRecord> records)
    {
        var truth = new HashSet<(string, string)>();
        foreach (var group in records.GroupBy(r => EntityOf(r.Id)))
        {
            var ids = group.Select(r => r.Id).ToList();
            for (var i = 0; i < ids.Count; i++)
                for (var j = i + 1; j < ids.Count; j++)
                    truth.Add(PairwiseScore.Ordered(ids[i], ids[j]));
        }
        return truth;
    }

    public static HashSet<(string, string)> LinkPairs(IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right)
    {
        var rightByEntity = right.ToLookup(r => EntityOf(r.Id));
        var truth = new HashSet<(string, string)>();
        foreach (var a in left)
            foreach (var b in rightByEntity[EntityOf(a.Id)])
                truth.Add(PairwiseScore.Ordered(a.Id, b.Id));
        return truth;
    }
}
