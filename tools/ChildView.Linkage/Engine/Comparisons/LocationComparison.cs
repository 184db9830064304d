using ChildView.Linkage.Records;
using ChildView.Linkage.Similarity;

namespace ChildView.Linkage.Comparisons;

/// <summary>
/// Postcode and address as ONE comparison. They are strongly correlated (same address ⇒ same
/// postcode), so scoring them separately would count the same evidence twice.
/// Levels: postcode and street address agree / postcode agrees / street address agrees /
/// same postcode district or town / else.
/// </summary>
public sealed class LocationComparison : IComparison
{
    public const int PostcodeAndStreet = 0, PostcodeOnly = 1, StreetOnly = 2, SameArea = 3, Different = 4;
    public const double StreetThreshold = 0.88;

    public string Name => "location";

    public IReadOnlyList<string> LevelNames { get; } = ["postcode+street", "postcode", "street", "district/town", "else"];

    public PersonField Fields => PersonField.Postcode | PersonField.Address;

    public int Compare(PersonRecord a, PersonRecord b)
    {
        var aHasStreet = a.Address.Street is not null;
        var bHasStreet = b.Address.Street is not null;
        if ((a.Postcode is null || b.Postcode is null) && (!aHasStreet || !bHasStreet) && (a.Address.Town is null || b.Address.Town is null))
            return IComparison.Missing;

        var samePostcode = a.Postcode is not null && a.Postcode == b.Postcode;
        var sameStreet = aHasStreet && bHasStreet && SameStreet(a.Address, b.Address);
        if (samePostcode && sameStreet)
            return PostcodeAndStreet;
        if (samePostcode)
            return PostcodeOnly;
        if (sameStreet)
            return StreetOnly;
        var sameDistrict = a.Postcode is not null && b.Postcode is not null && OutwardCode(a.Postcode) == OutwardCode(b.Postcode);
        var sameTown = a.Address.Town is not null && b.Address.Town is not null && JaroWinkler.Similarity(a.Address.Town, b.Address.Town) >= NameComparison.CloseThreshold;
        return sameDistrict || sameTown ? SameArea : Different;
    }

    // Street numbers must be equal; both missing counts as equal (many rural addresses have none).
    private static bool SameStreet(Address a, Address b) =>
        a.StreetNumber == b.StreetNumber && JaroWinkler.Similarity(a.Street!, b.Street!) >= StreetThreshold;

    /// <summary>
    /// The district part of a postcode: the outward code of a UK postcode ("SW1A1AA" → "SW1A"),
    /// the first three digits of a numeric (e.g. Australian) postcode.
    /// </summary>
    public static string OutwardCode(string postcode)
    {
        if (postcode.All(char.IsAsciiDigit))
            return postcode.Length > 3 ? postcode[..3] : postcode;
        // UK inward codes are always three characters (digit + two letters).
        return postcode.Length > 4 ? postcode[..^3] : postcode;
    }
}
