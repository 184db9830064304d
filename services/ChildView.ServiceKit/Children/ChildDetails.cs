using ChildView.Contracts.IntegrationEvents;

namespace ChildView.ServiceKit.Children;

/// <summary>
/// Who a service's record is about, as stored by that service (an EF owned type). Strong identifiers
/// are kept only in normalised, checksum-valid form.
/// </summary>
public sealed class ChildDetails
{
    public required string LocalId { get; set; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

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
