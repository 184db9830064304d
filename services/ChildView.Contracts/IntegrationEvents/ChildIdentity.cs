namespace ChildView.Contracts.IntegrationEvents;

/// <summary>
/// The identity block every record carries: what the source system knows about who the child is.
/// Strong identifiers are optional because many legacy and front-door records lack them.
/// </summary>
public sealed record ChildIdentity(
    string SourceSystem,
    string LocalId,
    string GivenName,
    string FamilyName,
    DateOnly? DateOfBirth,
    string? Sex,
    string? Upn,
    string? NhsNumber,
    PostalAddress? Address);

public sealed record PostalAddress(string? Line1, string? Line2, string? Town, string? Postcode);
