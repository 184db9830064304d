namespace ChildView.Contracts.Access;

/// <summary>
/// How a caller stands to a child, and, in a rule, the least a caller needs. Ordered from the
/// narrowest to the widest: a caller's own caseload is part of their team's, which is part of any.
/// </summary>
public enum Relationship
{
    /// <summary>In a rule: never visible. As a caller's standing: no relationship.</summary>
    None = 0,

    /// <summary>In a rule: only through a live break-the-glass grant for the child.</summary>
    BreakGlass = 1,

    /// <summary>The child is allocated to the caller.</summary>
    Caseload = 2,

    /// <summary>The child is allocated to a worker in one of the caller's teams.</summary>
    Team = 3,

    /// <summary>Any child in the county.</summary>
    Any = 4,
}

public static class RelationshipNames
{
    public static Relationship Parse(string name) => name switch
    {
        "any" => Relationship.Any,
        "team" => Relationship.Team,
        "caseload" => Relationship.Caseload,
        "break-glass" => Relationship.BreakGlass,
        "none" => Relationship.None,
        _ => throw new FormatException($"'{name}' is not a relationship (any, team, caseload, break-glass, none)."),
    };

    public static string Name(this Relationship relationship) => relationship switch
    {
        Relationship.Any => "any",
        Relationship.Team => "team",
        Relationship.Caseload => "caseload",
        Relationship.BreakGlass => "break-glass",
        _ => "none",
    };
}
