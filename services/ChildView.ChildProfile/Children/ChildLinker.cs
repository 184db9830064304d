using ChildView.ChildProfile.Children.Matching;
using ChildView.ChildProfile.Children.Postgres;
using ChildView.ChildProfile.Data;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Linkage.Decision;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Children;

/// <summary>
/// Finds the unified child a source record is about (the master child index). In order: the source's
/// own id for the child, once linked, always decides; then a checksum-valid UPN or NHS number already
/// held by a child; then a probabilistic match above the automatic threshold. A possible match is
/// kept apart as a new child and queued for a data steward with its evidence. An identifier that
/// fails its check is ignored rather than trusted, and nothing ever moves between children here.
/// </summary>
public sealed class ChildLinker(ProfileDbContext db, IdentityMatcher matcher, TimeProvider clock)
{
    /// <summary>The id of the child the identity is about, linking the source record first if it is new.</summary>
    public async Task<Guid> LinkAsync(ChildIdentity identity, CancellationToken cancellationToken)
    {
        var link = await FindLinkAsync(identity, cancellationToken);
        if (link is null)
        {
            var incoming = new SourceLink { SourceSystem = identity.SourceSystem, LocalId = identity.LocalId };
            SourceIdentity.Apply(incoming, identity);
            await LinkingLock.AcquireAsync(db, incoming, cancellationToken);
            link = await FindLinkAsync(identity, cancellationToken) ?? await NewLinkAsync(identity, cancellationToken);
            await ClaimIdentifiersAsync(link, SourceIdentity.Identifiers(link), cancellationToken);
            return link.ChildId;
        }

        // Only identifiers the source has just started to give need claiming; the rest were claimed then.
        var known = SourceIdentity.Identifiers(link).ToList();
        SourceIdentity.Apply(link, identity);
        await ClaimIdentifiersAsync(link, SourceIdentity.Identifiers(link).Except(known), cancellationToken);
        return link.ChildId;
    }

    private async Task<SourceLink?> FindLinkAsync(ChildIdentity identity, CancellationToken cancellationToken) =>
        db.SourceLinks.Local.FirstOrDefault(l => l.SourceSystem == identity.SourceSystem && l.LocalId == identity.LocalId)
        ?? await db.SourceLinks.SingleOrDefaultAsync(l => l.SourceSystem == identity.SourceSystem && l.LocalId == identity.LocalId, cancellationToken);

    private async Task<SourceLink> NewLinkAsync(ChildIdentity identity, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var link = new SourceLink { SourceSystem = identity.SourceSystem, LocalId = identity.LocalId, LinkedAt = now };
        SourceIdentity.Apply(link, identity);

        if (await ChildHoldingAsync(link, cancellationToken) is { } known)
        {
            link.ChildId = known;
            link.LinkMethod = LinkMethods.Identifier;
        }
        else
        {
            var candidates = await matcher.CandidatesAsync(link, cancellationToken);
            var matches = candidates.Where(c => c.Decision == MatchDecision.Match).ToList();
            if (matches.Count == 1)
            {
                link.ChildId = matches[0].ChildId;
                link.LinkMethod = LinkMethods.Probabilistic;
                link.MatchWeight = matches[0].Weight;
            }
            else
            {
                // No match, or several children match equally well: a new child, and a steward decides.
                link.ChildId = NewChild(identity, now).Id;
                link.LinkMethod = LinkMethods.NewChild;
                QueueReviews(link, candidates.Take(MatchThresholds.ReviewsPerRecord), now);
            }
        }

        db.SourceLinks.Add(link);
        return link;
    }

    private async Task<Guid?> ChildHoldingAsync(SourceLink link, CancellationToken cancellationToken)
    {
        // In order of trust: the first identifier already known decides.
        foreach (var (kind, value) in SourceIdentity.Identifiers(link))
        {
            var holder = await db.ChildIdentifiers.AsNoTracking()
                .Where(i => i.Kind == kind && i.Value == value)
                .Select(i => (Guid?)i.ChildId)
                .SingleOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                return holder;
            }
        }

        return null;
    }

    private Child NewChild(ChildIdentity identity, DateTimeOffset now)
    {
        var child = new Child { Id = Guid.CreateVersion7(now), GivenName = identity.GivenName, FamilyName = identity.FamilyName, CreatedAt = now };
        db.Children.Add(child);
        return child;
    }

    private void QueueReviews(SourceLink link, IEnumerable<MatchCandidate> candidates, DateTimeOffset now)
    {
        foreach (var candidate in candidates)
        {
            Queue(link, candidate.ChildId, Math.Round(candidate.Weight, 3), Math.Round(candidate.Probability, 6), candidate.Evidence, now);
        }
    }

    private void Queue(SourceLink link, Guid candidateChildId, double weight, double probability, IEnumerable<MatchEvidence> evidence, DateTimeOffset now) =>
        db.IdentityReviews.Add(new IdentityReview
        {
            Id = Guid.CreateVersion7(now),
            SourceSystem = link.SourceSystem,
            LocalId = link.LocalId,
            ChildId = link.ChildId,
            CandidateChildId = candidateChildId,
            MatchWeight = weight,
            Probability = probability,
            Evidence = [.. evidence],
            CreatedAt = now,
        });

    /// <summary>
    /// Records the link's identifiers as its child's. One already held by another child is left where
    /// it is (moving it would silently merge two children) and the clash is queued for a steward.
    /// </summary>
    private async Task ClaimIdentifiersAsync(SourceLink link, IEnumerable<(string Kind, string Value)> identifiers, CancellationToken cancellationToken)
    {
        foreach (var (kind, value) in identifiers)
        {
            var holder = db.ChildIdentifiers.Local.FirstOrDefault(i => i.Kind == kind && i.Value == value)
                ?? await db.ChildIdentifiers.SingleOrDefaultAsync(i => i.Kind == kind && i.Value == value, cancellationToken);
            if (holder is null)
            {
                db.ChildIdentifiers.Add(new ChildIdentifier { Kind = kind, Value = value, ChildId = link.ChildId });
            }
            else if (holder.ChildId != link.ChildId)
            {
                await QueueIdentifierClashAsync(link, holder, cancellationToken);
            }
        }
    }

    private async Task QueueIdentifierClashAsync(SourceLink link, ChildIdentifier holder, CancellationToken cancellationToken)
    {
        var queued = db.IdentityReviews.Local.Any(r => r.ChildId == link.ChildId && r.CandidateChildId == holder.ChildId && r.Status == IdentityReviewStatus.Open)
            || await db.IdentityReviews.AnyAsync(r => r.ChildId == link.ChildId && r.CandidateChildId == holder.ChildId && r.Status == IdentityReviewStatus.Open, cancellationToken);
        if (queued)
        {
            return;
        }

        var clash = new MatchEvidence("strong_id", $"{holder.Kind} already held by the candidate", 0, holder.Value, holder.Value);
        Queue(link, holder.ChildId, MatchThresholds.Match, 0.99, [clash], clock.GetUtcNow());
    }
}
