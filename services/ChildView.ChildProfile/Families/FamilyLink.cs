namespace ChildView.ChildProfile.Families;

/// <summary>How two children of one family are directly connected (stored both ways round).</summary>
public sealed class FamilyLink
{
    public const string Twin = "twin";
    public const string Sibling = "sibling";
    public const string HouseholdMember = "household-member";

    public Guid ChildId { get; init; }

    public Guid RelatedChildId { get; init; }

    /// <summary><see cref="Twin"/>, <see cref="Sibling"/> or <see cref="HouseholdMember"/>.</summary>
    public required string Relationship { get; init; }

    /// <summary>The evidence, comma-separated: shared-household, shared-parent, named-sibling.</summary>
    public required string Basis { get; init; }
}
