using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Families;

/// <summary>
/// Children are joined when they lived at one address at the same time, share a parent or carer
/// (the same normalised name and date of birth, whichever service recorded them), or one's record
/// names the other as a sibling. A family is everything reachable from a child that way.
/// </summary>
public sealed class FamilyGraph(ProfileDbContext db)
{
    public const string SharedHousehold = "shared-household";
    public const string SharedParent = "shared-parent";
    public const string NamedSibling = "named-sibling";

    /// <summary>
    /// More children than this living at one address now is a children's home, a hostel, a refuge or
    /// a placeholder address ("no fixed abode"), not a household: it joins nobody.
    /// </summary>
    public const int MaxHouseholdChildren = 10;

    private static readonly RelativeKind[] JoiningKinds = [RelativeKind.Parent, RelativeKind.Carer];

    /// <summary>A family: its children and, for each directly joined pair (smaller id first), why.</summary>
    public sealed record Component(IReadOnlySet<Guid> Children, IReadOnlyDictionary<(Guid A, Guid B), SortedSet<string>> Edges);

    public async Task<Component> ComponentAsync(Guid seed, CancellationToken cancellationToken)
    {
        var children = new HashSet<Guid> { seed };
        var edges = new Dictionary<(Guid, Guid), SortedSet<string>>();
        var frontier = new List<Guid> { seed };
        while (frontier.Count > 0)
        {
            var next = new List<Guid>();
            foreach (var (a, b, basis) in await EdgesAsync(frontier, cancellationToken))
            {
                var key = a.CompareTo(b) < 0 ? (a, b) : (b, a);
                if (!edges.TryGetValue(key, out var bases))
                {
                    edges[key] = bases = new SortedSet<string>(StringComparer.Ordinal);
                }

                bases.Add(basis);
                foreach (var reached in new[] { a, b }.Where(children.Add))
                {
                    next.Add(reached);
                }
            }

            frontier = next;
        }

        return new Component(children, edges);
    }

    /// <summary>The addresses among <paramref name="addresses"/> that are households: no more than <see cref="MaxHouseholdChildren"/> children live there now.</summary>
    public async Task<List<string>> HouseholdsAsync(IReadOnlyCollection<string> addresses, CancellationToken cancellationToken)
    {
        var crowded = await CurrentResidentsAsync(addresses, cancellationToken);
        return [.. addresses.Where(a => crowded.GetValueOrDefault(a) <= MaxHouseholdChildren)];
    }

    /// <summary>How many children live at each address now (stays without an end).</summary>
    public async Task<Dictionary<string, int>> CurrentResidentsAsync(IReadOnlyCollection<string> addresses, CancellationToken cancellationToken) =>
        await db.HouseholdMemberships.AsNoTracking()
            .Where(m => addresses.Contains(m.HouseholdKey) && m.ToDate == null)
            .GroupBy(m => m.HouseholdKey)
            .Select(g => new { g.Key, Children = g.Select(m => m.ChildId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Children, cancellationToken);

    private async Task<List<(Guid A, Guid B, string Basis)>> EdgesAsync(List<Guid> frontier, CancellationToken cancellationToken)
    {
        var edges = new List<(Guid, Guid, string)>();

        var homes = await db.HouseholdMemberships.AsNoTracking().Where(m => frontier.Contains(m.ChildId)).Select(m => m.HouseholdKey).Distinct().ToListAsync(cancellationToken);
        var households = await HouseholdsAsync(homes, cancellationToken);
        var residents = await db.HouseholdMemberships.AsNoTracking().Where(m => households.Contains(m.HouseholdKey)).ToListAsync(cancellationToken);
        foreach (var atAddress in residents.GroupBy(m => m.HouseholdKey))
        {
            var periods = atAddress.ToList();
            edges.AddRange(
                from x in periods
                where frontier.Contains(x.ChildId)
                from y in periods
                where y.ChildId != x.ChildId && x.Overlaps(y)
                select (x.ChildId, y.ChildId, SharedHousehold));
        }

        var parentKeys = await db.ChildRelatives.AsNoTracking()
            .Where(r => frontier.Contains(r.ChildId) && JoiningKinds.Contains(r.Kind) && r.PersonKey != null)
            .Select(r => r.PersonKey!).Distinct().ToListAsync(cancellationToken);
        var sharing = await db.ChildRelatives.AsNoTracking()
            .Where(r => parentKeys.Contains(r.PersonKey!) && JoiningKinds.Contains(r.Kind))
            .Select(r => new { r.ChildId, r.PersonKey }).ToListAsync(cancellationToken);
        foreach (var parent in sharing.GroupBy(r => r.PersonKey))
        {
            var ofParent = parent.Select(r => r.ChildId).Distinct().ToList();
            edges.AddRange(
                from x in ofParent
                where frontier.Contains(x)
                from y in ofParent
                where y != x
                select (x, y, SharedParent));
        }

        // A sibling named in a frontier child's record, and frontier children named in others' records.
        var namedKeys = await db.ChildRelatives.AsNoTracking()
            .Where(r => frontier.Contains(r.ChildId) && r.Kind == RelativeKind.Sibling && r.PersonKey != null)
            .Select(r => new { r.ChildId, r.PersonKey }).ToListAsync(cancellationToken);
        var keys = namedKeys.Select(n => n.PersonKey).Distinct().ToList();
        var named = await db.ChildFamilies.AsNoTracking().Where(f => keys.Contains(f.PersonKey)).Select(f => new { f.ChildId, f.PersonKey }).ToListAsync(cancellationToken);
        edges.AddRange(
            from n in namedKeys
            join c in named on n.PersonKey equals c.PersonKey
            where c.ChildId != n.ChildId
            select (n.ChildId, c.ChildId, NamedSibling));

        var ownKeys = await db.ChildFamilies.AsNoTracking().Where(f => frontier.Contains(f.ChildId) && f.PersonKey != null)
            .Select(f => new { f.ChildId, f.PersonKey }).ToListAsync(cancellationToken);
        var keysOfFrontier = ownKeys.Select(o => o.PersonKey).Distinct().ToList();
        var naming = await db.ChildRelatives.AsNoTracking()
            .Where(r => r.Kind == RelativeKind.Sibling && keysOfFrontier.Contains(r.PersonKey))
            .Select(r => new { r.ChildId, r.PersonKey }).ToListAsync(cancellationToken);
        edges.AddRange(
            from o in ownKeys
            join r in naming on o.PersonKey equals r.PersonKey
            where r.ChildId != o.ChildId
            select (r.ChildId, o.ChildId, NamedSibling));

        return edges;
    }
}
