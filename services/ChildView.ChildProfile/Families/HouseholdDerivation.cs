using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Families.Postgres;
using ChildView.ChildProfile.Ingestion;
using ChildView.Contracts.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Families;

/// <summary>
/// Rebuilds the households, recorded relatives and family of the given children from their records,
/// then every family they were or are now part of. A pure function of the records (their own dates,
/// never arrival order), so a profile rebuilt from a republish reaches the same state.
/// </summary>
public sealed class HouseholdDerivation(ProfileDbContext db) : IChildDerivation
{
    private static readonly string[] FamilyMemberRecordTypes =
        [ProfileRecordTypes.PupilFamilyMember, ProfileRecordTypes.CareFamilyMember, ProfileRecordTypes.YouthFamilyMember, ProfileRecordTypes.EarlyYearsFamilyMember];

    public async Task RefreshAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken)
    {
        await FamilyDerivationLock.TakeAsync(db, cancellationToken);
        var ids = childIds.Distinct().Order().ToList();

        // Whoever shared a family with these children must be regrouped too: a change can split it.
        var formerFamilies = db.ChildFamilies.Where(f => ids.Contains(f.ChildId)).Select(f => f.FamilyId);
        var pending = (await db.ChildFamilies.AsNoTracking().Where(f => formerFamilies.Contains(f.FamilyId)).Select(f => f.ChildId).ToListAsync(cancellationToken))
            .Concat(ids).ToHashSet();

        var addresses = (await db.HouseholdMemberships.AsNoTracking().Where(m => ids.Contains(m.ChildId)).Select(m => m.HouseholdKey).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var id in ids)
        {
            if (await RebuildChildAsync(id, cancellationToken) is { } stays)
            {
                addresses.UnionWith(stays.Select(m => m.HouseholdKey));
            }
            else
            {
                pending.Remove(id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // Others' links through an address change only when it may have crossed the household limit.
        if (addresses.Count > 0)
        {
            pending.UnionWith(await FamilyGraphSql.ResidentsOfHouseholdsAsync(db, [.. addresses], FamilyGraph.MaxHouseholdChildren + ids.Count, cancellationToken));
        }

        var graph = new FamilyGraph(db);
        while (pending.Count > 0)
        {
            var family = await graph.ComponentAsync(pending.Min(), cancellationToken);
            await AssignAsync(family, cancellationToken);
            pending.ExceptWith(family.Children);
        }

        await db.SaveChangesAsync(cancellationToken);
        DetachDerivedRows();
    }

    /// <summary>Rewrites one child's household periods, relatives and person key; returns the stays, or null when the child no longer exists (merged away).</summary>
    private async Task<IReadOnlyList<HouseholdMembership>?> RebuildChildAsync(Guid childId, CancellationToken cancellationToken)
    {
        await db.HouseholdMemberships.Where(m => m.ChildId == childId).ExecuteDeleteAsync(cancellationToken);
        await db.ChildRelatives.Where(r => r.ChildId == childId).ExecuteDeleteAsync(cancellationToken);
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, cancellationToken);
        if (child is null)
        {
            await db.FamilyLinks.Where(l => l.ChildId == childId || l.RelatedChildId == childId).ExecuteDeleteAsync(cancellationToken);
            await db.ChildFamilies.Where(f => f.ChildId == childId).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        var records = await db.ServiceRecords.AsNoTracking()
            .Where(r => r.ChildId == childId && r.State != RecordState.Deleted)
            .Select(r => new { r.SourceSystem, r.RecordType, r.RecordId, r.OccurredOn, r.ChildAddressLine1, r.ChildTown, r.ChildPostcode, r.Attributes })
            .ToListAsync(cancellationToken);

        var observations = records
            .Select(r => Observe(r.ChildAddressLine1, r.ChildTown, r.ChildPostcode, r.OccurredOn))
            .OfType<AddressObservation>();
        var memberships = HouseholdTimeline.Build(childId, observations, Observe(child.AddressLine1, child.Town, child.Postcode, null));
        db.HouseholdMemberships.AddRange(memberships);

        var home = memberships.LastOrDefault(m => m.ToDate is null)?.HouseholdKey;
        db.ChildRelatives.AddRange(records
            .Where(r => FamilyMemberRecordTypes.Contains(r.RecordType))
            .Select(r => Relative(childId, r.SourceSystem, r.RecordId, r.Attributes, home))
            .OfType<ChildRelative>());

        var personKey = PersonKeys.Person(child.GivenName, child.FamilyName, child.DateOfBirth);
        var updated = await db.ChildFamilies.Where(f => f.ChildId == childId)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.PersonKey, personKey), cancellationToken);
        if (updated == 0)
        {
            db.ChildFamilies.Add(new ChildFamily { ChildId = childId, FamilyId = childId, PersonKey = personKey });
        }

        return memberships;
    }

    private async Task AssignAsync(FamilyGraph.Component family, CancellationToken cancellationToken)
    {
        var members = family.Children.ToList();
        var familyId = members.Min();
        await db.ChildFamilies.Where(f => members.Contains(f.ChildId)).ExecuteUpdateAsync(set => set.SetProperty(f => f.FamilyId, familyId), cancellationToken);
        await db.FamilyLinks.Where(l => members.Contains(l.ChildId) || members.Contains(l.RelatedChildId)).ExecuteDeleteAsync(cancellationToken);

        if (family.Edges.Count == 0)
        {
            return;
        }

        var born = await db.Children.AsNoTracking().Where(c => members.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DateOfBirth, cancellationToken);
        foreach (var ((a, b), bases) in family.Edges)
        {
            var related = bases.Contains(FamilyGraph.SharedParent) || bases.Contains(FamilyGraph.NamedSibling);
            var relationship = !related ? FamilyLink.HouseholdMember
                : born.GetValueOrDefault(a) is { } dobA && dobA == born.GetValueOrDefault(b) ? FamilyLink.Twin
                : FamilyLink.Sibling;
            var basis = string.Join(',', bases.Order(StringComparer.Ordinal));
            db.FamilyLinks.Add(new FamilyLink { ChildId = a, RelatedChildId = b, Relationship = relationship, Basis = basis });
            db.FamilyLinks.Add(new FamilyLink { ChildId = b, RelatedChildId = a, Relationship = relationship, Basis = basis });
        }
    }

    private static AddressObservation? Observe(string? line1, string? town, string? postcode, DateOnly? on) =>
        PersonKeys.Address(line1, postcode) is { } key ? new AddressObservation(key, line1!.Trim(), town?.Trim(), postcode!.Trim().ToUpperInvariant(), on) : null;

    private static ChildRelative? Relative(Guid childId, string source, Guid recordId, Dictionary<string, string> attributes, string? childHome)
    {
        // Records ingested before attributes existed carry none; a republish fills them in.
        if (!attributes.TryGetValue(FamilyMemberAttributes.GivenName, out var given) ||
            !attributes.TryGetValue(FamilyMemberAttributes.FamilyName, out var family) ||
            !attributes.TryGetValue(FamilyMemberAttributes.Relationship, out var code))
        {
            return null;
        }

        DateOnly? born = attributes.TryGetValue(FamilyMemberAttributes.DateOfBirth, out var dob) && DateOnly.TryParseExact(dob, "yyyy-MM-dd", out var date) ? date : null;
        var (relationship, kind) = FamilyRelationships.Classify(code);
        var ownHome = PersonKeys.Address(attributes.GetValueOrDefault(FamilyMemberAttributes.AddressLine1), attributes.GetValueOrDefault(FamilyMemberAttributes.Postcode));
        var livesWithChild = attributes.GetValueOrDefault(FamilyMemberAttributes.LivesWithChild) == "true";
        return new ChildRelative
        {
            ChildId = childId,
            SourceSystem = source,
            RecordId = recordId,
            Relationship = relationship,
            Kind = kind,
            GivenName = given,
            FamilyName = family,
            DateOfBirth = born,
            ParentalResponsibility = attributes.GetValueOrDefault(FamilyMemberAttributes.ParentalResponsibility) == "true",
            PersonKey = PersonKeys.Person(given, family, born),
            HouseholdKey = ownHome ?? (livesWithChild ? childHome : null),
        };
    }

    /// <summary>The rows are rewritten wholesale next time; tracked copies would collide with their replacements.</summary>
    private void DetachDerivedRows()
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is HouseholdMembership or ChildRelative or ChildFamily or FamilyLink).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
