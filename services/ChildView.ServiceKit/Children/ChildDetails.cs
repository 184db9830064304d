using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Names;

namespace ChildView.ServiceKit.Children;

/// <summary>
/// Who a service's record is about, as stored by that service (an EF owned type). Strong identifiers
/// are kept only in normalised, checksum-valid form.
/// </summary>
public sealed class ChildDetails
{
    public required string LocalId { get; set; }

    private string _givenName = "";
    private string _familyName = "";

    /// <summary>Stored in NFC; setting it also sets <see cref="GivenNameFolded"/>.</summary>
    public required string GivenName
    {
        get => _givenName;
        set
        {
            _givenName = NameFolding.Normalise(value);
            GivenNameFolded = NameFolding.Fold(_givenName);
        }
    }

    /// <summary>Stored in NFC; setting it also sets <see cref="FamilyNameFolded"/>.</summary>
    public required string FamilyName
    {
        get => _familyName;
        set
        {
            _familyName = NameFolding.Normalise(value);
            FamilyNameFolded = NameFolding.Fold(_familyName);
        }
    }

    /// <summary>The search key of the given name (<see cref="NameFolding.Fold"/>), an indexed shadow of it; never shown.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string GivenNameFolded { get; set; } = "";

    /// <summary>The search key of the family name (<see cref="NameFolding.Fold"/>), an indexed shadow of it; never shown.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string FamilyNameFolded { get; set; } = "";

    public DateOnly DateOfBirth { get; set; }

    public required string Sex { get; set; }

    public string? Upn { get; set; }

    public string? NhsNumber { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public ChildIdentity ToIdentity(string sourceSystem) => new(
        sourceSystem,
        LocalId,
        GivenName,
        FamilyName,
        DateOfBirth,
        Sex,
        Upn,
        NhsNumber,
        new PostalAddress(AddressLine1, AddressLine2, Town, Postcode));
}
