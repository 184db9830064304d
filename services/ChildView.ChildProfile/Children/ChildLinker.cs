using ChildView.ChildProfile.Children.Matching;
using ChildView.ChildProfile.Children.Postgres;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Stewardship;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Linkage.Decision;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Children;

/// <summary>
/// Finds the unified child a source record is about (the master child index). In order: the source's
/// own id for the child, once linked, always decides; then a data steward's decision about the record;
/// then a checksum-valid UPN or NHS number already held by a child, unless the two identities contradict
/// it; then a probabilistic match above the automatic threshold. A possible match, or a contradicted
/// identifier, is kept apart as a new child and queued for a steward with its evidence; a pair a steward
/// already kept apart is never linked nor queued again. An identifier that fails its check is ignored
/// rather than trusted, and nothing ever moves between children here.
/// </summary>
public sealed class ChildLinker(ProfileDbContext db, IdentityMatcher matcher, StewardDecisions decisions, TimeProvider clock)
{
    /// <summary>Where an untrusted identifier's review sits: as likely as not until a steward looks.</summary>
    private const double UndecidedWeight = 0;

    /// <summary>The id of the child the identity is about, linking the source record first if it is new.</summary>
    public async Task<Guid> LinkAsync(ChildIdentity identity, CancellationToken cancellationToken)
    {
        var link = await FindLinkAsync(identity, cancellationToken);
        if (link is null)
        {
            var incoming = new SourceLink { SourceSystem = identity.SourceSystem, LocalId = identity.LocalId };
            SourceIdentity.Apply(incoming, identity);
            await LinkingLock.AcquireAsync(db, incoming, await decisions.NamingAsync(KeyOf(incoming), cancellationToken), cancellationToken);
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

    private static SourceKey KeyOf(SourceLink link) => new(link.SourceSystem, link.LocalId);

    private async Task<SourceLink?> FindLinkAsync(ChildIdentity identity, CancellationToken cancellationToken) =>
        db.SourceLinks.Local.FirstOrDefault(l => l.SourceSystem == identity.SourceSystem && l.LocalId == identity.LocalId)
        ?? await db.SourceLinks.SingleOrDefaultAsync(l => l.SourceSystem == identity.SourceSystem && l.LocalId == identity.LocalId, cancellationToken);

    private async Task<SourceLink> NewLinkAsync(ChildIdentity identity, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var link = new SourceLink { SourceSystem = identity.SourceSystem, LocalId = identity.LocalId, LinkedAt = now };
        SourceIdentity.Apply(link, identity);
        var verdicts = await decisions.AboutAsync(KeyOf(link), cancellationToken);
        var holder = await IdentifierHolderAsync(link, cancellationToken);

        if (verdicts.SameChild is { } decided)
        {
            link.ChildId = decided;
            link.LinkMethod = LinkMethods.StewardDecision;
        }
        else if (holder is { Contradictions.Count: 0 } && verdicts.KeptApartFrom(holder.ChildId) is null)
        {
            link.ChildId = holder.ChildId;
            link.LinkMethod = LinkMethods.Identifier;
        }
        else
        {
            // A holder not trusted is no candidate either: its score would be the identifier's alone.
            var candidates = (await matcher.CandidatesAsync(link, cancellationToken)).Where(c => c.ChildId != holder?.ChildId).ToList();
            var matches = candidates.Where(c => c.Decision == MatchDecision.Match && verdicts.KeptApartFrom(c.ChildId) is null).ToList();
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
                if (holder is not null)
                {
                    QueueUntrustedIdentifier(link, holder, verdicts.KeptApartFrom(holder.ChildId), now);
                }

                QueueReviews(link, candidates.Take(MatchThresholds.ReviewsPerRecord), verdicts, now);
            }
        }

        db.SourceLinks.Add(link);
        return link;
    }

    /// <summary>A child already holding one of the record's identifiers, and what in the two identities contradicts it.</summary>
    private sealed record IdentifierHolder(Guid ChildId, string Kind, string Value, IReadOnlyList<MatchEvidence> Contradictions);

    private async Task<IdentifierHolder?> IdentifierHolderAsync(SourceLink link, CancellationToken cancellationToken)
    {
        // In order of trust: the first identifier already known decides.
        foreach (var (kind, value) in SourceIdentity.Identifiers(link))
        {
            var holder = await db.ChildIdentifiers.AsNoTracking()
                .Where(i => i.Kind == kind && i.Value == value)
                .Select(i => (Guid?)i.ChildId)
                .SingleOrDefaultAsync(cancellationToken);
            if (holder is { } childId)
            {
                var identities = await db.SourceLinks.AsNoTracking().Where(l => l.ChildId == childId).ToListAsync(cancellationToken);
                var carriers = identities.Where(l => (kind == ChildIdentifier.UpnKind ? l.Upn : l.NhsNumber) == value).ToList();
                var contradictions = (carriers.Count > 0 ? carriers : identities)
                    .SelectMany(other => IdentifierTrust.Contradictions(link, other))
                    .DistinctBy(e => e.Comparison)
                    .ToList();
                return new IdentifierHolder(childId, kind, value, contradictions);
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

    private void QueueUntrustedIdentifier(SourceLink link, IdentifierHolder holder, StewardVerdict? keptApart, DateTimeOffset now)
    {
        var agreement = holder.Contradictions.Count == 0 ? "already held by a child a steward kept apart" : "agrees, but the identities contradict it";
        MatchEvidence[] evidence = [new("strong_id", $"{holder.Kind} {agreement}", 0, holder.Value, holder.Value), .. holder.Contradictions];
        Queue(link, holder.ChildId, UndecidedWeight, Linkage.Model.FellegiSunterModel.Probability(UndecidedWeight), evidence, now, keptApart);
    }

    private void QueueReviews(SourceLink link, IEnumerable<MatchCandidate> candidates, StewardVerdicts verdicts, DateTimeOffset now)
    {
        foreach (var candidate in candidates)
        {
            Queue(link, candidate.ChildId, Math.Round(candidate.Weight, 3), Math.Round(candidate.Probability, 6), candidate.Evidence, now,
                verdicts.KeptApartFrom(candidate.ChildId));
        }
    }

    /// <summary>
    /// Queues the pair for a steward; a pair a steward already kept apart is recorded as decided by that
    /// decision instead, so the queue never asks the same question twice and the history shows why.
    /// </summary>
    private void Queue(
        SourceLink link, Guid candidateChildId, double weight, double probability, IEnumerable<MatchEvidence> evidence, DateTimeOffset now, StewardVerdict? keptApart) =>
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
            Status = keptApart is null ? IdentityReviewStatus.Open : IdentityReviewStatus.KeptApart,
            DecidedBy = keptApart?.DecidedBy,
            DecidedAt = keptApart is null ? null : now,
            Reason = keptApart is null ? null : $"kept apart by steward decision {keptApart.DecisionId}",
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
        // Already asked while linking this record, or still waiting for a steward.
        var queued = db.IdentityReviews.Local.Any(r => r.ChildId == link.ChildId && r.CandidateChildId == holder.ChildId)
            || await db.IdentityReviews.AnyAsync(r => r.ChildId == link.ChildId && r.CandidateChildId == holder.ChildId && r.Status == IdentityReviewStatus.Open, cancellationToken);
        if (queued)
        {
            return;
        }

        var keptApart = (await decisions.AboutAsync(KeyOf(link), cancellationToken)).KeptApartFrom(holder.ChildId);
        var clash = new MatchEvidence("strong_id", $"{holder.Kind} already held by the candidate", 0, holder.Value, holder.Value);
        Queue(link, holder.ChildId, MatchThresholds.Match, 0.99, [clash], clock.GetUtcNow(), keptApart);
    }
}
