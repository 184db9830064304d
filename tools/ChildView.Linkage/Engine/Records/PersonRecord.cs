namespace ChildView.Linkage.Records;

/// <summary>
/// One person as a source system holds them. Text fields are already normalised
/// (lower case, trimmed, null when missing) by <see cref="FieldNormaliser"/>.
/// </summary>
public sealed record PersonRecord(
    string Id,
    string? GivenName,
    string? Surname,
    PartialDate DateOfBirth,
    string? Sex,
    string? Postcode,
    Address Address,
    string? StrongId);

/// <summary>Street number, street lines and town kept apart so each can be compared on its own terms.</summary>
public sealed record Address(string? StreetNumber, string? Street, string? Locality, string? Town)
{
    public static readonly Address Empty = new(null, null, null, null);

    public bool IsEmpty => StreetNumber is null && Street is null && Locality is null && Town is null;
}
