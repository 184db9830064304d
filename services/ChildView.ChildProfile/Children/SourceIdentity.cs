using ChildView.Contracts.Identifiers;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Names;
using ChildView.Linkage.Records;

namespace ChildView.ChildProfile.Children;

/// <summary>Copies a record's identity block onto its source link: the identity later records are matched against.</summary>
public static class SourceIdentity
{
    public static void Apply(SourceLink link, ChildIdentity identity)
    {
        // Composed form (NFC), so a name sent decomposed is stored, shown and compared as one sent composed.
        link.GivenName = Normalised(identity.GivenName);
        link.FamilyName = Normalised(identity.FamilyName);
        link.GivenNameKey = FieldNormaliser.Text(identity.GivenName);
        link.FamilyNameKey = FieldNormaliser.Text(identity.FamilyName);
        link.DateOfBirth = identity.DateOfBirth ?? link.DateOfBirth;
        link.Sex = identity.Sex ?? link.Sex;
        link.AddressLine1 = identity.Address?.Line1 ?? link.AddressLine1;
        link.Town = identity.Address?.Town ?? link.Town;
        link.PostcodeKey = FieldNormaliser.Postcode(identity.Address?.Postcode) ?? link.PostcodeKey;
        link.Upn = ValidUpn(identity) ?? link.Upn;
        link.NhsNumber = ValidNhsNumber(identity) ?? link.NhsNumber;
    }

    /// <summary>The link's checksum-valid identifiers, most trusted first.</summary>
    public static IEnumerable<(string Kind, string Value)> Identifiers(SourceLink link)
    {
        if (link.Upn is { } upn)
        {
            yield return (ChildIdentifier.UpnKind, upn);
        }

        if (link.NhsNumber is { } nhs)
        {
            yield return (ChildIdentifier.NhsNumberKind, nhs);
        }
    }

    private static string? Normalised(string? name) => name is null ? null : NameFolding.Normalise(name);

    public static string? ValidUpn(ChildIdentity identity) =>
        UniquePupilNumber.Normalise(identity.Upn) is { } upn && UniquePupilNumber.IsValid(upn) ? upn : null;

    public static string? ValidNhsNumber(ChildIdentity identity) =>
        NhsNumber.Normalise(identity.NhsNumber) is { } nhs && NhsNumber.IsValid(nhs) ? nhs : null;
}
