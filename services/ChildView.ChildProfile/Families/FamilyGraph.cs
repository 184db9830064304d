using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Families.Postgres;

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

    private async Task<List<(Guid A, Guid B, string Basis)>> EdgesAsync(List<Guid> frontier, CancellationToken cancellationToken) =>
        [.. (await FamilyGraphSql.EdgesAsync(db, [.. frontier], cancellationToken)).Select(e => (e.A, e.B, e.Basis))];
}
