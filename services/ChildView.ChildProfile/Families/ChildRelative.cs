namespace ChildView.ChildProfile.Families;

/// <summary>
/// A person a service recorded around a child (one family-member record), normalised across services.
/// Derived from the record's attributes; <see cref="PersonKey"/> recognises the same person elsewhere.
/// </summary>
public sealed class ChildRelative
{
    public Guid ChildId { get; init; }

    public required string SourceSystem { get; init; }

    public Guid RecordId { get; init; }

    /// <summary>The relationship in the shared vocabulary (<see cref="FamilyRelationships"/>).</summary>
    public required string Relationship { get; init; }

    public RelativeKind Kind { get; init; }

    public required string GivenName { get; init; }

    public required string FamilyName { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public bool ParentalResponsibility { get; init; }

    public string? PersonKey { get; init; }

    /// <summary>Where the person lives: their own recorded address, or the child's when the service says they live together.</summary>
    public string? HouseholdKey { get; init; }
}
