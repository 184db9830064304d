using ChildView.ChildProfile.Data;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Children.Matching;

/// <summary>
/// Probabilistic identity resolution for one incoming source identity: block in the index (several
/// rules, unioned), score every candidate with the Fellegi–Sunter model, keep each child's best.
/// Returns matches and possible matches, best first; deciding what to do with them is the linker's.
/// </summary>
public sealed class IdentityMatcher(ProfileDbContext db, IndexSize indexSize)
{
    private const int MaxCandidateIdentities = 500;

    private const long MinimumIndexForTermFrequencies = 20_000;

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
            .Select(candidate => IdentityScorer.Score(identityModel, model, incoming, candidate))
            .Where(c => c.Decision != MatchDecision.NonMatch)
            .GroupBy(c => c.ChildId)
            .Select(byChild => byChild.MaxBy(c => c.Weight)!)
            .OrderByDescending(c => c.Weight)
            .ToList();
    }

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

    /// <summary>
    /// How common the incoming names are in the index: agreeing on a rare surname is stronger evidence.
    /// Only trusted once the index is big enough to estimate a name's share; in a young index every
    /// name looks rare, so until then the model's average u stands.
    /// </summary>
    private async Task<TermFrequencies> TermFrequenciesAsync(SourceLink incoming, CancellationToken cancellationToken)
    {
        var known = new Dictionary<int, Dictionary<string, double>>();
        var size = await indexSize.CountAsync(db, cancellationToken);
        if (size < MinimumIndexForTermFrequencies)
        {
            return TermFrequencies.Of(identityModel.Comparisons.Count, known);
        }

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
