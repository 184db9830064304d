namespace ChildView.ChildProfile.Families;

/// <summary>
/// A period during which a child lived at an address. <see cref="FromDate"/> is the first dated record
/// placing the child there, <see cref="ToDate"/> the first placing them elsewhere (null while current).
/// Derived: rewritten from the child's records whenever they change.
/// </summary>
public sealed class HouseholdMembership
{
    public Guid ChildId { get; init; }

    /// <summary>The period's place in the child's history, oldest first.</summary>
    public int Ordinal { get; init; }

    /// <summary>The household's identity: <see cref="PersonKeys.Address"/> of its first line and postcode.</summary>
    public required string HouseholdKey { get; init; }

    public required string AddressLine1 { get; init; }

    public string? Town { get; init; }

    public required string Postcode { get; init; }

    public DateOnly? FromDate { get; init; }

    public DateOnly? ToDate { get; init; }
}
