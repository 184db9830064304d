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

    public static HashSet<(string, string)> DedupePairs(IReadOnlyList<PersonRecord> records) =>
        TruePairs.Within(records.GroupBy(r => EntityOf(r.Id)).Select(g => g.Select(r => r.Id)));

    public static HashSet<(string, string)> LinkPairs(IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right) =>
        TruePairs.Across(left, right, r => EntityOf(r.Id), r => r.Id);
}
