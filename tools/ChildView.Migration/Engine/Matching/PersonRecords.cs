using ChildView.Linkage.Records;
using ChildView.Migration.Targets;
using ChildView.Migration.Validation;

namespace ChildView.Migration.Matching;

/// <summary>Puts a migrated row and an existing child into the identity-resolution engine's person shape.</summary>
public static class PersonRecords
{
    public static PersonRecord From(MigrationRecord record, string strongIdKind) => Person(
        record.SourceKey,
        record.Text(ChildFields.GivenName),
        record.Text(ChildFields.FamilyName),
        record.Date(ChildFields.DateOfBirth),
        record.Text(ChildFields.Sex),
        record.Text(ChildFields.Postcode),
        record.Text(ChildFields.AddressLine1),
        record.Text(ChildFields.Town),
        record.Text(strongIdKind == "upn" ? ChildFields.Upn : ChildFields.NhsNumber));

    public static PersonRecord Person(string id, string? given, string? family, DateOnly? born, string? sex, string? postcode, string? line1, string? town, string? strongId) => new(
        id,
        FieldNormaliser.Text(given),
        FieldNormaliser.Text(family),
        born is { } d ? new PartialDate(d.Day, d.Month, d.Year) : default,
        sex is "M" or "F" ? sex.ToLowerInvariant() : null,
        FieldNormaliser.Postcode(postcode),
        line1 is null && town is null ? Address.Empty : new Address(null, FieldNormaliser.Text(line1), null, FieldNormaliser.Text(town)),
        FieldNormaliser.Identifier(strongId));
}
