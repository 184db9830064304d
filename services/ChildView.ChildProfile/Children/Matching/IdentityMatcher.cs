using ChildView.ChildProfile.Data;
using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Children.Matching;

/// <summary>
/// Probabilistic identity resolution for one incoming source identity: block in the index (several
/// rules, unioned), score every candidate with the Fellegi–Sunter model, keep each child's best.
/// Returns matches and possible matches, best first; deciding what to do with them is the linker's.
/// </summary>
public sealed class IdentityMatcher(ProfileDbContext db)
{
    private const int MaxCandidateIdentities = 500;

    private readonly ChildIdentityModel identityModel = ChildIdentityModel.Embedded;

    public async Task<IReadOnlyList<MatchCandidate>> CandidatesAsync(SourceLink incoming, CancellationToken cancellationToken)
    {
        var blocked = await BlockAsync(incoming, cancellationToken);
        if (blocked.Count == 0)
        {
            return [];
        }

        var model = identityModel.For(await TermFrequenciesAsync(incoming, cancellationToken));
        return blocked
            .Select(candidate => Score(model, incoming, candidate))
            .Where(c => c.Decision != MatchDecision.NonMatch)
            .GroupBy(c => c.ChildId)
            .Select(byChild => byChild.MaxBy(c => c.Weight)!)
            .OrderByDescending(c => c.Weight)
            .ToList();
    }

    /// <summary>Scores one pair; public so the thresholds and levels can be tested without a database.</summary>
    public MatchCandidate Score(FellegiSunterModel model, SourceLink incoming, SourceLink candidate)
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

    /// <summary>
    /// Blocking rules, unioned: same date of birth; same surname and birth year; same postcode and
    /// given-name initial; same names; names swapped. Each is an indexed equality, so one query.
    /// </summary>
    private Task<List<SourceLink>> BlockAsync(SourceLink incoming, CancellationToken cancellationToken)
    {
        var dob = incoming.DateOfBirth;
        var given = incoming.GivenNameKey;
        var family = incoming.FamilyNameKey;
        var postcode = incoming.PostcodeKey;
        var initial = given?[..1];
        var yearStart = dob is { } d ? new DateOnly(d.Year, 1, 1) : (DateOnly?)null;
        var yearEnd = dob is { } e ? new DateOnly(e.Year, 12, 31) : (DateOnly?)null;
        return db.SourceLinks.AsNoTracking()
            .Where(l => (dob != null && l.DateOfBirth == dob)
                || (family != null && yearStart != null && l.FamilyNameKey == family && l.DateOfBirth >= yearStart && l.DateOfBirth <= yearEnd)
                || (postcode != null && initial != null && l.PostcodeKey == postcode && l.GivenNameKey!.StartsWith(initial))
                || (given != null && family != null && l.GivenNameKey == given && l.FamilyNameKey == family)
                || (given != null && family != null && l.GivenNameKey == family && l.FamilyNameKey == given))
            .OrderBy(l => l.SourceSystem).ThenBy(l => l.LocalId)
            .Take(MaxCandidateIdentities)
            .ToListAsync(cancellationToken);
    }

    /// <summary>How common the incoming names are in the index: agreeing on a rare surname is stronger evidence.</summary>
    private async Task<TermFrequencies> TermFrequenciesAsync(SourceLink incoming, CancellationToken cancellationToken)
    {
        var size = Math.Max(await db.SourceLinks.LongCountAsync(cancellationToken), 1);
        var known = new Dictionary<int, Dictionary<string, double>>();
        if (incoming.GivenNameKey is { } given)
        {
            var count = await db.SourceLinks.LongCountAsync(l => l.GivenNameKey == given, cancellationToken);
            known[identityModel.GivenNameComparison] = new() { [given] = Math.Max(count, 1) / (double)size };
        }

        if (incoming.FamilyNameKey is { } family)
        {
            var count = await db.SourceLinks.LongCountAsync(l => l.FamilyNameKey == family, cancellationToken);
            known[identityModel.SurnameComparison] = new() { [family] = Math.Max(count, 1) / (double)size };
        }

        return TermFrequencies.Of(identityModel.Comparisons.Count, known);
    }
}
