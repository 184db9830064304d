using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.ChildProfile.Children.Matching;

/// <summary>Scores one incoming identity against one indexed identity. Pure, so every level and threshold is testable without a database.</summary>
public static class IdentityScorer
{
    /// <summary>The pair's match weight, the decision it leads to after the household guard and identifier check, and the evidence.</summary>
    public static MatchCandidate Score(ChildIdentityModel identityModel, FellegiSunterModel model, SourceLink incoming, SourceLink candidate)
    {
        var (incomingId, candidateId) = IdentityRecords.SharedStrongIds(incoming, candidate);
        var left = IdentityRecords.ToPerson(incoming, incomingId);
        var right = IdentityRecords.ToPerson(candidate, candidateId);
        var levels = model.Comparisons.Select(c => ComparisonVectors.Encode(c.Compare(left, right))).ToArray();
        var weight = model.MatchWeight(levels, left, right);

        var decision = weight >= MatchThresholds.Match ? MatchDecision.Match
            : weight >= MatchThresholds.Possible ? MatchDecision.Possible
            : MatchDecision.NonMatch;
        decision = identityModel.Guard.Apply(decision, levels);
        if (decision == MatchDecision.Match && HoldDifferentIdentifiers(incoming, candidate))
        {
            decision = MatchDecision.Possible;
        }

        return new MatchCandidate(candidate.ChildId, weight, decision, Evidence(model, levels, left, right, incoming, candidate));
    }

    /// <summary>Two valid NHS numbers (or UPNs) that differ are two children, however alike the rest.</summary>
    private static bool HoldDifferentIdentifiers(SourceLink a, SourceLink b) =>
        (a.NhsNumber is not null && b.NhsNumber is not null && a.NhsNumber != b.NhsNumber)
        || (a.Upn is not null && b.Upn is not null && a.Upn != b.Upn);

    private static List<MatchEvidence> Evidence(
        FellegiSunterModel model, byte[] levels, PersonRecord left, PersonRecord right, SourceLink incoming, SourceLink candidate)
    {
        var evidence = new List<MatchEvidence>(levels.Length);
        var single = new byte[levels.Length];
        for (var c = 0; c < levels.Length; c++)
        {
            // This comparison's own contribution: the weight with every other comparison left out.
            Array.Fill(single, ComparisonVectors.Missing);
            single[c] = levels[c];
            var contribution = model.MatchWeight(single, left, right) - model.PriorWeight;
            var comparison = model.Comparisons[c];
            var level = levels[c] == ComparisonVectors.Missing ? "missing" : comparison.LevelNames[levels[c]];
            var (a, b) = Values(comparison, incoming, candidate, left.StrongId, right.StrongId);
            evidence.Add(new MatchEvidence(comparison.Name, level, Math.Round(contribution, 2), a, b));
        }

        return evidence;
    }

    private static (string? Incoming, string? Candidate) Values(IComparison comparison, SourceLink a, SourceLink b, string? aId, string? bId) => comparison switch
    {
        NameComparison { Fields: PersonField.GivenName } => (a.GivenName, b.GivenName),
        NameComparison => (a.FamilyName, b.FamilyName),
        DateOfBirthComparison => (a.DateOfBirth?.ToString("yyyy-MM-dd"), b.DateOfBirth?.ToString("yyyy-MM-dd")),
        LocationComparison => (Location(a), Location(b)),
        StrongIdComparison => (aId ?? Identifiers(a), bId ?? Identifiers(b)),
        _ => (a.Sex, b.Sex),
    };

    private static string? Location(SourceLink link) =>
        string.Join(", ", new[] { link.AddressLine1, link.Town, link.PostcodeKey }.Where(p => !string.IsNullOrEmpty(p))) is { Length: > 0 } text ? text : null;

    private static string? Identifiers(SourceLink link) =>
        string.Join(" ", new[] { link.NhsNumber is null ? null : "NHS " + link.NhsNumber, link.Upn is null ? null : "UPN " + link.Upn }.Where(p => p is not null)) is { Length: > 0 } text ? text : null;
}
