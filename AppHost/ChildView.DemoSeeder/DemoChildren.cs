namespace ChildView.DemoSeeder;

/// <summary>Fictional children (names, places and identifiers are made up; the identifiers pass their checksums).</summary>
public static class DemoChildren
{
    public static IReadOnlyList<DemoChild> All { get; } =
    [
        new("demo-0001", "Amelia", "Hart", new DateOnly(2013, 4, 17), "F", "B801200005001", "9434765919", new DemoAddress("12 Mill Lane", null, "Matlock", "DE4 3AB")),
        new("demo-0002", "Jayden", "Hart", new DateOnly(2010, 9, 2), "M", null, "4010232137", new DemoAddress("12 Mill Lane", null, "Matlock", "DE4 3AB")),
        new("demo-0003", "Lily", "Okafor", new DateOnly(2015, 1, 23), "F", "D830200106012", null, new DemoAddress("3 Station Road", null, "Chesterfield", "S40 1JR")),
        new("demo-0004", "Noah", "Brennan", new DateOnly(2022, 6, 30), "M", null, "9990001014", new DemoAddress("7 Church Street", null, "Buxton", "SK17 6HD")),
        new("demo-0005", "Maya", "Singh", new DateOnly(2012, 11, 5), "F", null, null, new DemoAddress("48 High Street", null, "Belper", "DE56 1GF")),
    ];
}

public sealed record DemoChild(string LocalId, string GivenName, string FamilyName, DateOnly DateOfBirth, string Sex, string? Upn, string? NhsNumber, DemoAddress Address);

public sealed record DemoAddress(string Line1, string? Line2, string Town, string Postcode);
