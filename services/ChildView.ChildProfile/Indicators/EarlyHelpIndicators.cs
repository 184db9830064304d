using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Families;
using ChildView.Contracts.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Indicators;

/// <summary>
/// Re-evaluates the indicator rules for the changed children and every child of their families,
/// after each applied event and in its transaction, and brings the flag episodes up to date:
/// raising, updating evidence and clearing. Time comes only from the evaluation date.
/// </summary>
public sealed class EarlyHelpIndicators(ProfileDbContext db, IFamilyDirectory families, TimeProvider clock) : IChildDerivation
{
    private readonly IndicatorEvaluator _evaluator = new(IndicatorRuleSet.Current);

    public async Task RefreshAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var familySets = new List<IReadOnlyList<Guid>>();
        foreach (var childId in childIds.Distinct())
        {
            var family = await families.FamilyChildrenAsync(childId, cancellationToken);
            var members = family.Append(childId).Distinct().Order().ToList();
            if (!familySets.Any(known => known.SequenceEqual(members)))
            {
                familySets.Add(members);
            }
        }

        var everyone = familySets.SelectMany(f => f).Distinct().ToList();
        var records = (await db.ServiceRecords.AsNoTracking()
                .Where(r => everyone.Contains(r.ChildId) && r.State != RecordState.Deleted)
                .ToListAsync(cancellationToken))
            .Select(r => new IndicatorRecord(r.ChildId, r.SourceSystem, r.RecordType, r.RecordId, r.OccurredOn, r.State, r.Attributes))
            .ToList();
        var open = await db.IndicatorFlags.Where(f => f.ClearedAt == null && everyone.Contains(f.ChildId)).ToListAsync(cancellationToken);

        foreach (var family in familySets)
        {
            var familyRecords = records.Where(r => family.Contains(r.ChildId)).ToList();
            var familyHits = new List<IndicatorHit>();
            foreach (var childId in family)
            {
                var hits = _evaluator.EvaluateChild(childId, familyRecords, today);
                familyHits.AddRange(hits);
                Reconcile(open, FlagEpisode.ChildSubject, childId, [childId], hits, now);
            }

            var anchor = family[0];
            var review = _evaluator.EvaluateFamily(familyHits);
            Reconcile(open, FlagEpisode.FamilySubject, anchor, family, review is null ? [] : [review], now);

            // A family whose first child changed (a child joined or left) is anchored elsewhere now.
            foreach (var member in family.Skip(1))
            {
                Reconcile(open, FlagEpisode.FamilySubject, member, [member], [], now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Reconcile(List<FlagEpisode> open, string kind, Guid childId, IReadOnlyList<Guid> children, IReadOnlyList<IndicatorHit> hits, DateTimeOffset now)
    {
        var current = open.Where(f => f.SubjectKind == kind && f.ChildId == childId).ToList();
        foreach (var hit in hits)
        {
            var types = hit.Evidence.Select(e => e.RecordType).Distinct().Order(StringComparer.Ordinal).ToList();
            var flag = current.FirstOrDefault(f => f.RuleId == hit.RuleId);
            if (flag is null)
            {
                flag = new FlagEpisode
                {
                    Id = Guid.CreateVersion7(now),
                    SubjectKind = kind,
                    ChildId = childId,
                    RuleId = hit.RuleId,
                    OutcomeArea = hit.OutcomeArea,
                    RaisedAt = now,
                    FamilyChildren = [.. children],
                    Evidence = [.. hit.Evidence],
                    EvidenceTypes = types,
                };
                db.IndicatorFlags.Add(flag);
                open.Add(flag);
            }
            else if (!flag.Evidence.SequenceEqual(hit.Evidence) || !flag.FamilyChildren.SequenceEqual(children))
            {
                flag.Evidence = [.. hit.Evidence];
                flag.EvidenceTypes = types;
                flag.FamilyChildren = [.. children];
                flag.Version++;
            }
        }

        foreach (var stale in current.Where(f => hits.All(h => h.RuleId != f.RuleId)))
        {
            stale.ClearedAt = now;
            stale.Version++;
            open.Remove(stale);
        }
    }
}
