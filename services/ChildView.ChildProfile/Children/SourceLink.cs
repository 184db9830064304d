namespace ChildView.ChildProfile.Children;

/// <summary>
/// A source system's own id for a child, linked to the unified child it was resolved to, with the
/// identity that source last gave (what later records are matched against) and how the link was made.
/// </summary>
public sealed class SourceLink
{
    public required string SourceSystem { get; init; }

    public required string LocalId { get; init; }

    public Guid ChildId { get; set; }

    /// <summary>One of <see cref="LinkMethods"/>.</summary>
    public string LinkMethod { get; set; } = LinkMethods.NewChild;

    /// <summary>The Fellegi–Sunter match weight when the link was probabilistic.</summary>
    public double? MatchWeight { get; set; }

    public DateTimeOffset LinkedAt { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    /// <summary>Normalised names (lower case, letters and digits): what blocking and comparison use.</summary>
    public string? GivenNameKey { get; set; }

    public string? FamilyNameKey { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Sex { get; set; }

    public string? AddressLine1 { get; set; }

    public string? Town { get; set; }

    /// <summary>Upper case, no spaces.</summary>
    public string? PostcodeKey { get; set; }

    /// <summary>Only checksum-valid identifiers are kept.</summary>
    public string? Upn { get; set; }

    public string? NhsNumber { get; set; }
}

public static class LinkMethods
{
    /// <summary>Nothing known matched: the record started a new child.</summary>
    public const string NewChild = "new-child";

    /// <summary>A checksum-valid UPN or NHS number already held by the child.</summary>
    public const string Identifier = "identifier";

    /// <summary>Probabilistic match above the automatic threshold.</summary>
    public const string Probabilistic = "probabilistic";

    /// <summary>Moved by a data steward's merge.</summary>
    public const string StewardMerge = "steward-merge";

    /// <summary>A data steward decided the record is the same child as one already linked (a merge replayed, or kept).</summary>
    public const string StewardDecision = "steward-decision";
}
