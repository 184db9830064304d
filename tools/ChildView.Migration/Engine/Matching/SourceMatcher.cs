using ChildView.Linkage;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Identifiers;
using ChildView.Linkage.Records;

namespace ChildView.Migration.Matching;

/// <summary>Runs the Fellegi–Sunter engine (EM-trained, unlabelled) to split a source into match / possible / new.</summary>
public static class SourceMatcher
{
    public static MatchSummary Summarise(IReadOnlyList<PersonRecord> source, IReadOnlyList<PersonRecord> existing, string strongIdKind, string againstWhat)
    {
        var options = new LinkageOptions { StrongIds = StrongIdValidators.ByName(strongIdKind), RetainNonMatches = false };
        var engine = new LinkageEngine(options);

        long duplicates = 0;
        if (source.Count > 1)
            duplicates = engine.Dedupe(source).Pairs.Count(p => p.Decision == MatchDecision.Match);

        if (existing.Count == 0 || source.Count == 0)
            return new MatchSummary(source.Count, existing.Count, 0, 0, source.Count, duplicates, againstWhat);

        var best = new MatchDecision[source.Count];
        foreach (var pair in engine.Link(source, existing).Pairs)
        {
            if (pair.Decision > best[pair.Left])
                best[pair.Left] = pair.Decision;
        }

        var match = best.LongCount(d => d == MatchDecision.Match);
        var possible = best.LongCount(d => d == MatchDecision.Possible);
        return new MatchSummary(source.Count, existing.Count, match, possible, source.Count - match - possible, duplicates, againstWhat);
    }
}
