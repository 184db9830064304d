using ChildView.Linkage.Evaluation;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Cli;

/// <summary>
/// Scores the matches against the mapped truth columns (pairwise; true pairs the run never found count as
/// misses). Records with no truth value are nobody's duplicate. Only scoring: the engine never sees truth.
/// </summary>
public static class TruthScore
{
    /// <param name="right">For a dedupe, the same table as <paramref name="left"/>.</param>
    /// <returns>Null unless both sides have a truth column.</returns>
    public static PairwiseScore? Of(LinkageResult result, PersonTable left, PersonTable right)
    {
        if (left.Truth is not { } leftTruth || right.Truth is not { } rightTruth)
            return null;
        var dedupe = ReferenceEquals(left, right);
        var rightByEntity = Enumerable.Range(0, right.Records.Count)
            .Where(j => rightTruth[j] is not null)
            .ToLookup(j => rightTruth[j]!, StringComparer.Ordinal);
        var truth = new HashSet<(int, int)>();
        for (var i = 0; i < left.Records.Count; i++)
        {
            if (leftTruth[i] is { } entity)
                truth.UnionWith(rightByEntity[entity].Where(j => !dedupe || j > i).Select(j => (i, j)));
        }

        // Positions, not ids: ids may repeat within a source, and the two sources of a link may share them.
        var found = result.Matches.Select(p => dedupe && p.Left > p.Right ? (p.Right, p.Left) : (p.Left, p.Right)).ToHashSet();
        var truePositives = found.Count(truth.Contains);
        return new PairwiseScore(truePositives, found.Count - truePositives, truth.Count - truePositives);
    }
}
