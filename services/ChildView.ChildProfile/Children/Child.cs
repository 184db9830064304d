using ChildView.Contracts.Names;

namespace ChildView.ChildProfile.Children;

/// <summary>One child as ChildView knows them across every service: the head of the unified profile.</summary>
public sealed class Child
{
    public Guid Id { get; init; }

    private string _givenName = "";
    private string _familyName = "";

    /// <summary>As recorded, in composed form (NFC); setting it also sets its search key.</summary>
    public required string GivenName
    {
        get => _givenName;
        set
        {
            _givenName = NameFolding.Normalise(value);
            GivenNameFolded = NameFolding.Fold(_givenName);
        }
    }

    /// <summary>As recorded, in composed form (NFC); setting it also sets its search key.</summary>
    public required string FamilyName
    {
        get => _familyName;
        set
        {
            _familyName = NameFolding.Normalise(value);
            FamilyNameFolded = NameFolding.Fold(_familyName);
        }
    }

    /// <summary>The search key of <see cref="GivenName"/> (<see cref="NameFolding.Fold"/>), computed here rather than in SQL so every spelling rule lives in one place.</summary>
    public string? GivenNameFolded { get; private set; }

    public string? FamilyNameFolded { get; private set; }

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
