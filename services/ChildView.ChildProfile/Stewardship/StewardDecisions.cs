using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Stewardship;

/// <summary>
/// Keeps steward decisions and what each says about every pair of source records it names, on the
/// caller's context, so a decision commits with the merge, unmerge or review it records. Answers the
/// linker's question about an incoming record: which children has a steward said it is, or is not?
/// </summary>
public sealed class StewardDecisions(ProfileDbContext db)
{
    /// <summary>Adds the decision and makes it the verdict on every pair it names; saved with the caller's changes.</summary>
    public async Task RecordAsync(StewardDecision decision, CancellationToken cancellationToken)
    {
        db.StewardDecisions.Add(decision);
        var same = StewardDecisionKinds.SamePerson(decision.Kind);
        foreach (var key in decision.Keys.Distinct())
        {
            foreach (var other in decision.OtherKeys.Distinct().Where(o => o != key))
            {
                await SetAsync(key, other, same, decision.Id, cancellationToken);
                await SetAsync(other, key, same, decision.Id, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Decisions exported from another profile (the one before a rebuild), in their order; those
    /// already held are skipped, so a replay can be repeated. Each is saved before the next, so the
    /// replayed order is the decided order.
    /// </summary>
    public async Task<int> ReplayAsync(IEnumerable<StewardDecision> decisions, CancellationToken cancellationToken)
    {
        var held = (await db.StewardDecisions.Select(d => d.Id).ToListAsync(cancellationToken)).ToHashSet();
        var replayed = 0;
        foreach (var decision in decisions.Where(d => held.Add(d.Id)))
        {
            await RecordAsync(decision, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            replayed++;
        }

        return replayed;
    }

    public Task<List<StewardDecision>> AllAsync(CancellationToken cancellationToken) =>
        db.StewardDecisions.AsNoTracking().OrderBy(d => d.Sequence).ToListAsync(cancellationToken);

    /// <summary>The decisions naming a source record: what its linking must wait on and honour.</summary>
    public Task<List<Guid>> NamingAsync(SourceKey key, CancellationToken cancellationToken) =>
        db.SourcePairVerdicts.AsNoTracking()
            .Where(v => v.SourceSystem == key.SourceSystem && v.LocalId == key.LocalId)
            .Select(v => v.DecisionId)
            .Distinct()
            .ToListAsync(cancellationToken);

    /// <summary>The children a source record has been decided to be, or not to be, through their linked source records.</summary>
    public async Task<StewardVerdicts> AboutAsync(SourceKey key, CancellationToken cancellationToken)
    {
        var rows = await (
            from verdict in db.SourcePairVerdicts.AsNoTracking()
            where verdict.SourceSystem == key.SourceSystem && verdict.LocalId == key.LocalId
            join link in db.SourceLinks.AsNoTracking()
                on new { System = verdict.OtherSourceSystem, Local = verdict.OtherLocalId } equals new { System = link.SourceSystem, Local = link.LocalId }
            join decision in db.StewardDecisions.AsNoTracking() on verdict.DecisionId equals decision.Id
            select new { link.ChildId, verdict.SamePerson, decision.Id, decision.DecidedBy, decision.Sequence })
            .ToListAsync(cancellationToken);

        // A child reached through several records takes the latest decision among them.
        return new StewardVerdicts(rows
            .GroupBy(r => r.ChildId)
            .Select(byChild => byChild.MaxBy(r => r.Sequence)!)
            .OrderBy(r => r.Sequence)
            .Select(r => new StewardVerdict(r.ChildId, r.SamePerson, r.Id, r.DecidedBy))
            .ToList());
    }

    /// <summary>The source records a child holds now: how a decision names it.</summary>
    public async Task<List<SourceKey>> KeysOfAsync(Guid childId, CancellationToken cancellationToken) =>
        (await db.SourceLinks.AsNoTracking().Where(l => l.ChildId == childId).Select(l => new { l.SourceSystem, l.LocalId }).ToListAsync(cancellationToken))
        .Select(l => new SourceKey(l.SourceSystem, l.LocalId))
        .OrderBy(k => k.SourceSystem, StringComparer.Ordinal).ThenBy(k => k.LocalId, StringComparer.Ordinal)
        .ToList();

    private async Task SetAsync(SourceKey key, SourceKey other, bool samePerson, Guid decisionId, CancellationToken cancellationToken)
    {
        var verdict = await db.SourcePairVerdicts.FindAsync([key.SourceSystem, key.LocalId, other.SourceSystem, other.LocalId], cancellationToken);
        if (verdict is null)
        {
            db.SourcePairVerdicts.Add(new SourcePairVerdict
            {
                SourceSystem = key.SourceSystem, LocalId = key.LocalId, OtherSourceSystem = other.SourceSystem, OtherLocalId = other.LocalId,
                SamePerson = samePerson, DecisionId = decisionId,
            });
            return;
        }

        verdict.SamePerson = samePerson;
        verdict.DecisionId = decisionId;
    }
}
