using ChildView.Contracts.CodeSets;

namespace ChildView.Migration.Targets;

/// <summary>The child block every service record carries, with the service tables' column names and limits.</summary>
public static class ChildFields
{
    public const string LocalId = "localId";
    public const string GivenName = "givenName";
    public const string FamilyName = "familyName";
    public const string DateOfBirth = "dateOfBirth";
    public const string Sex = "sex";
    public const string Upn = "upn";
    public const string NhsNumber = "nhsNumber";
    public const string AddressLine1 = "addressLine1";
    public const string AddressLine2 = "addressLine2";
    public const string Town = "town";
    public const string Postcode = "postcode";

    public static IReadOnlyList<TargetField> All { get; } =
    [
        new(LocalId, "child_local_id", FieldKind.Text, 50),
        new(GivenName, "child_given_name", FieldKind.Text, 100, Required: true),
        new(FamilyName, "child_family_name", FieldKind.Text, 100, Required: true),
        new(DateOfBirth, "child_date_of_birth", FieldKind.Date, Required: true),
        new(Sex, "child_sex", FieldKind.Code, 1, SexCodes.All, Required: true),
        new(Upn, "child_upn", FieldKind.Upn, 13),
        new(NhsNumber, "child_nhs_number", FieldKind.NhsNumber, 10),
        new(AddressLine1, "child_address_line1", FieldKind.Text, 200),
        new(AddressLine2, "child_address_line2", FieldKind.Text, 200),
        new(Town, "child_town", FieldKind.Text, 100),
        new(Postcode, "child_postcode", FieldKind.Postcode, 10),
    ];
}
