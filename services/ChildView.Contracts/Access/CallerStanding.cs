namespace ChildView.Contracts.Access;

/// <summary>
/// What is true of one caller and one child: the closest relationship from allocations (Caseload,
/// Team or None — never Any, which only a rule can say) and
/// whether a live break-the-glass grant covers the child.
/// </summary>
public readonly record struct CallerStanding(Relationship Relationship, bool HasBreakGlassGrant)
{
    /// <summary>No allocation links the caller to the child and no grant covers it.</summary>
    public static readonly CallerStanding Stranger = new(Relationship.None, false);
}
