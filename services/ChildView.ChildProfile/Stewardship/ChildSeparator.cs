using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Stewardship.Postgres;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Stewardship;

/// <summary>
/// A steward's "these are different children" about two children, whether or not the queue ever paired
/// them (two alike children the model might one day join, or two an identifier clash tied): a
/// <see cref="StewardDecisionKinds.NotSamePerson"/> decision over both children's source records, which
/// the linker honours and a rebuild replays. Nothing moves; a review still open about the pair is
/// answered by it.
/// </summary>
public sealed class ChildSeparator(ProfileDbContext db, StewardDecisions decisions, TimeProvider clock)
{
    public async Task<StewardDecision> SeparateAsync(Guid childId, Guid otherChildId, string steward, string reason, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StewardLocks.LockChildrenAsync(db, [childId, otherChildId], cancellationToken);
        var child = await ChildAsync(childId, cancellationToken);
        var other = await ChildAsync(otherChildId, cancellationToken);
        await RefuseMergedAsync(child, other, cancellationToken);
        await RefuseMergedAsync(other, child, cancellationToken);

        var keys = await decisions.KeysOfAsync(childId, cancellationToken);
        var otherKeys = await decisions.KeysOfAsync(otherChildId, cancellationToken);
        if (keys.Count == 0 || otherKeys.Count == 0)
        {
            throw new StewardActionRefusedException($"Child {(keys.Count == 0 ? childId : otherChildId)} has no source records for a decision to name.");
        }

        var now = clock.GetUtcNow();
        var decision = new StewardDecision
        {
            Id = Guid.CreateVersion7(now),
            Kind = StewardDecisionKinds.NotSamePerson,
            Keys = keys,
            OtherKeys = otherKeys,
            DecidedBy = steward,
            Reason = reason,
            DecidedAt = now,
        };
        await decisions.RecordAsync(decision, cancellationToken);
        await KeepOpenReviewsApartAsync(childId, otherChildId, steward, reason, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return decision;
    }

    private async Task<Child> ChildAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Children.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new KeyNotFoundException($"No child {id}.");

    /// <summary>A merged child's records are another child's now: saying it is not that child contradicts a merge only an unmerge undoes.</summary>
    private async Task RefuseMergedAsync(Child child, Child other, CancellationToken cancellationToken)
    {
        if (child.MergedIntoId is not { } into)
        {
            return;
        }

        var merge = await db.ChildMerges.Where(m => m.MergedChildId == child.Id && m.UnmergedAt == null)
            .OrderByDescending(m => m.MergedAt).Select(m => m.Id).FirstOrDefaultAsync(cancellationToken);
        var undo = $"undo merge {merge} first (POST /identity/merges/{merge}/unmerge)";
        throw new StewardActionRefusedException(into == other.Id
            ? $"Children {other.Id} and {child.Id} are one child now: to keep them apart, {undo}."
            : $"Child {child.Id} was merged into {into}: name that child, or {undo}.");
    }

    private async Task KeepOpenReviewsApartAsync(Guid childId, Guid otherChildId, string steward, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.IdentityReviews
            .Where(r => r.Status == IdentityReviewStatus.Open
                && ((r.ChildId == childId && r.CandidateChildId == otherChildId) || (r.ChildId == otherChildId && r.CandidateChildId == childId)))
            .ToListAsync(cancellationToken);
        foreach (var review in open)
        {
            review.Status = IdentityReviewStatus.KeptApart;
            review.DecidedBy = steward;
            review.DecidedAt = now;
            review.Reason = reason;
        }
    }
}
