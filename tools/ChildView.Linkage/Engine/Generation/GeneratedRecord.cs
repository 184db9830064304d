using ChildView.Linkage.Records;

namespace ChildView.Linkage.Generation;

/// <summary>
/// One source's record of a person, spelt as the source holds it (capitals, accents, apostrophes), with
/// the truth beside it: <see cref="Truth"/> is the person it is a record of.
/// </summary>
public sealed record GeneratedRecord(
    string Id,
    SourceSystem Source,
    Person Truth,
    string? GivenName,
    string? Surname,
    PartialDate DateOfBirth,
    string? Sex,
    string? Postcode,
    Address Address,
    string? NhsNumber,
    string? Upn,
    Distortion Distortions)
{
    /// <summary>
    /// As the linkage engine reads it (normalised as <see cref="CsvRecordReader"/> does). The strong id is
    /// the NHS number: the one identifier every service can hold (a UPN says nothing about an NHS number).
    /// </summary>
    public PersonRecord ToPersonRecord() => new(
        Id,
        FieldNormaliser.Text(GivenName),
        FieldNormaliser.Text(Surname),
        DateOfBirth,
        FieldNormaliser.Text(Sex),
        FieldNormaliser.Postcode(Postcode),
        new Address(FieldNormaliser.Text(Address.StreetNumber), FieldNormaliser.Text(Address.Street), null, FieldNormaliser.Text(Address.Town)),
        FieldNormaliser.Identifier(NhsNumber));
}
