using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Stewardship;

/// <summary>
/// A data steward's merge and unmerge: the only way records ever move between children. Each runs in
/// one transaction that moves the source links, their identifiers, records and allocations, writes
/// what moved and the steward's decision (what a rebuild replays), and recomputes everything derived
/// from both children.
/// </summary>
public sealed class ChildMerger(ProfileDbContext db, StewardDecisions decisions, IEnumerable<IChildDerivation> derivations, TimeProvider clock)
{
    public async Task<ChildMerge> MergeAsync(Guid survivorId, Guid mergedId, Guid? reviewId, string steward, string reason, CancellationToken cancellationToken)
    {
        if (survivorId == mergedId)
        {
            throw new StewardActionRefusedException("A child cannot be merged into itself.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var survivor = await LiveChildAsync(survivorId, cancellationToken);
        var merged = await LiveChildAsync(mergedId, cancellationToken);
        var now = clock.GetUtcNow();
        var survivorKeys = await decisions.KeysOfAsync(survivorId, cancellationToken);

        var links = await db.SourceLinks.Where(l => l.ChildId == mergedId).ToListAsync(cancellationToken);
        foreach (var link in links)
        {
            link.ChildId = survivorId;
            link.LinkMethod = LinkMethods.StewardMerge;
        }

        var identifiers = await db.ChildIdentifiers.Where(i => i.ChildId == mergedId).ToListAsync(cancellationToken);
        foreach (var identifier in identifiers)
        {
            identifier.ChildId = survivorId;
        }

        await db.ServiceRecords.Where(r => r.ChildId == mergedId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ChildId, survivorId), cancellationToken);
        await db.Allocations.Where(a => a.ChildId == mergedId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ChildId, survivorId), cancellationToken);
        merged.MergedIntoId = survivor.Id;
        survivor.UpdatedAt = now;

        var merge = new ChildMerge
        {
            Id = Guid.CreateVersion7(now),
            SurvivorChildId = survivorId,
            MergedChildId = mergedId,
            MovedSourceLinks = links.Select(l => new SourceKey(l.SourceSystem, l.LocalId)).ToList(),
            MovedIdentifiers = identifiers.Select(i => $"{i.Kind}:{i.Value}").ToList(),
            ReviewId = reviewId,
            MergedBy = steward,
            Reason = reason,
            MergedAt = now,
        };
        db.ChildMerges.Add(merge);
        await decisions.RecordAsync(Decision(StewardDecisionKinds.Merge, survivorKeys, merge, reviewId, steward, reason, now), cancellationToken);
        await CloseReviewsAsync(survivorId, mergedId, reviewId, merge.Id, steward, reason, now, cancellationToken);
        await FinishAsync([survivorId, mergedId], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return merge;
    }

    public async Task<ChildMerge> UnmergeAsync(Guid mergeId, string steward, string reason, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var merge = await db.ChildMerges.SingleOrDefaultAsync(m => m.Id == mergeId, cancellationToken)
            ?? throw new KeyNotFoundException($"No merge {mergeId}.");
        if (merge.UnmergedAt is not null)
        {
            throw new StewardActionRefusedException($"Merge {mergeId} was already undone on {merge.UnmergedAt:O}.");
        }

        var survivor = await LiveChildAsync(merge.SurvivorChildId, cancellationToken);
        var merged = await db.Children.SingleAsync(c => c.Id == merge.MergedChildId, cancellationToken);
        var survivorId = survivor.Id;
        var mergedId = merged.Id;
        foreach (var key in merge.MovedSourceLinks)
        {
            var link = await db.SourceLinks.SingleAsync(l => l.SourceSystem == key.SourceSystem && l.LocalId == key.LocalId, cancellationToken);
            link.ChildId = mergedId;
            // Everything that came through the link, before the merge and since, goes back with it.
            await db.ServiceRecords.Where(r => r.ChildId == survivorId && r.SourceSystem == key.SourceSystem && r.SourceLocalId == key.LocalId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ChildId, mergedId), cancellationToken);
            await db.Allocations.Where(a => a.ChildId == survivorId && a.SourceSystem == key.SourceSystem && a.SourceLocalId == key.LocalId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ChildId, mergedId), cancellationToken);
        }

        foreach (var moved in merge.MovedIdentifiers)
        {
            var (kind, value) = (moved[..moved.IndexOf(':')], moved[(moved.IndexOf(':') + 1)..]);
            var identifier = await db.ChildIdentifiers.SingleOrDefaultAsync(i => i.Kind == kind && i.Value == value && i.ChildId == survivorId, cancellationToken);
            identifier?.ChildId = mergedId;
        }

        var now = clock.GetUtcNow();
        merged.MergedIntoId = null;
        merged.UpdatedAt = now;
        survivor.UpdatedAt = now;
        merge.UnmergedBy = steward;
        merge.UnmergeReason = reason;
        merge.UnmergedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        var survivorKeys = await decisions.KeysOfAsync(survivorId, cancellationToken);
        await decisions.RecordAsync(Decision(StewardDecisionKinds.Unmerge, survivorKeys, merge, merge.ReviewId, steward, reason, now), cancellationToken);
        await KeepReviewApartAsync(merge, steward, reason, now, cancellationToken);
        await FinishAsync([survivorId, mergedId], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return merge;
    }

    private static StewardDecision Decision(
        string kind, List<SourceKey> survivorKeys, ChildMerge merge, Guid? reviewId, string steward, string reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = kind,
        Keys = survivorKeys,
        OtherKeys = merge.MovedSourceLinks,
        MergeId = merge.Id,
        ReviewId = reviewId,
        DecidedBy = steward,
        Reason = reason,
        DecidedAt = now,
    };

    /// <summary>An unmerge says the merge was wrong: the review that led to it now reads as two children kept apart.</summary>
    private async Task KeepReviewApartAsync(ChildMerge merge, string steward, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (merge.ReviewId is not { } reviewId || await db.IdentityReviews.SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken) is not { } review)
        {
            return;
        }

        review.Status = IdentityReviewStatus.KeptApart;
        review.DecidedBy = steward;
        review.DecidedAt = now;
        review.Reason = reason;
    }

    private async Task<Child> LiveChildAsync(Guid id, CancellationToken cancellationToken)
    {
        var child = await db.Children.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new KeyNotFoundException($"No child {id}.");
        return child.MergedIntoId is { } into
            ? throw new StewardActionRefusedException($"Child {id} was merged into {into}; act on that child, or undo that merge first.")
            : child;
    }

    /// <summary>The decided review is marked merged; any other open review about the merged child no longer has two sides.</summary>
    private async Task CloseReviewsAsync(Guid survivorId, Guid mergedId, Guid? reviewId, Guid mergeId, string steward, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.IdentityReviews
            .Where(r => r.Status == IdentityReviewStatus.Open && (r.ChildId == mergedId || r.CandidateChildId == mergedId || r.Id == reviewId))
            .ToListAsync(cancellationToken);
        foreach (var review in open)
        {
            var decided = review.Id == reviewId
                || (review.ChildId == mergedId && review.CandidateChildId == survivorId)
                || (review.ChildId == survivorId && review.CandidateChildId == mergedId);
            review.Status = decided ? IdentityReviewStatus.Merged : IdentityReviewStatus.Superseded;
            review.MergeId = decided ? mergeId : null;
            review.DecidedBy = steward;
            review.DecidedAt = now;
            review.Reason = decided ? reason : $"superseded by merge {mergeId}";
        }
    }

    private async Task FinishAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        foreach (var derivation in derivations)
        {
            await derivation.RefreshAsync(childIds, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
