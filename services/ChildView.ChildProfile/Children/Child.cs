namespace ChildView.ChildProfile.Children;

/// <summary>One child as ChildView knows them across every service: the head of the unified profile.</summary>
public sealed class Child
{
    public Guid Id { get; init; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Sex { get; set; }

    public string? Upn { get; set; }

    public string? NhsNumber { get; set; }

    public string? Postcode { get; set; }

    /// <summary>First line of the latest known address: with the postcode, what households are built from.</summary>
    public string? AddressLine1 { get; set; }

    public string? Town { get; set; }

    /// <summary>Set when a steward merged this child into another; a merged child is invisible until unmerged.</summary>
    public Guid? MergedIntoId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
