namespace ChildView.Linkage.Comparisons;

/// <summary>Record fields, so blocking rules and comparisons can say which evidence they use.</summary>
[Flags]
public enum PersonField
{
    None = 0,
    GivenName = 1,
    Surname = 2,
    DateOfBirth = 4,
    Postcode = 8,
    Address = 16,
    StrongId = 32,
    Sex = 64,
}
