using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

/// <summary>Builds test records with sensible defaults so each test states only the fields it is about.</summary>
internal static class People
{
    public static PersonRecord Person(
        string id = "p1", string? given = "olivia", string? surname = "hartley", string? dob = "20150304",
        string? postcode = "LS6 2AB", string? number = "12", string? street = "cardigan road", string? town = "leeds",
        string? strongId = null, string? sex = null) =>
        new(id, FieldNormaliser.Text(given), FieldNormaliser.Text(surname), DateParser.Parse(dob), FieldNormaliser.Text(sex),
            FieldNormaliser.Postcode(postcode), new Address(FieldNormaliser.Text(number), FieldNormaliser.Text(street), null, FieldNormaliser.Text(town)),
            FieldNormaliser.Identifier(strongId));
}
