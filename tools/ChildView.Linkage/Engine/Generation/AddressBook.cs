using System.Globalization;

namespace ChildView.Linkage.Generation;

/// <summary>
/// Addresses in the county: a district (busier districts more often), a street in it, a house number,
/// and the unit postcode that a stretch of about 30 houses on one street shares. The same district,
/// street and number always give the same address and postcode, so neighbours share postcodes as
/// they do in life.
/// </summary>
public sealed class AddressBook
{
    // Inward codes never use C, I, K, M, O or V in their last two letters.
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private static readonly string[] StreetNames =
    [
        "Church", "High", "Station", "Mill", "Park", "Victoria", "Green", "Manor", "Chapel", "Queen", "King", "New", "School",
        "Derby", "Nottingham", "Albert", "Alexandra", "Beech", "Birch", "Bridge", "Brook", "Castle", "Cedar", "Chestnut",
        "Cross", "Elm", "Field", "Forest", "George", "Grange", "Hall", "Hawthorn", "Highfield", "Hill", "Holly", "Lime",
        "Main", "Maple", "Meadow", "Moor", "North", "Oak", "Orchard", "Pine", "Poplar", "Priory", "Railway", "Rectory",
        "Ridge", "Rose", "St John's", "St Mary's", "South", "Spring", "Stanley", "Sycamore", "Vicarage", "Water", "Well",
        "West", "Willow", "Windsor", "Woodland", "York", "Ashbourne", "Belper", "Chesterfield", "Dale", "Dovedale", "Peak",
        "Trent", "Derwent", "Wye", "Markham", "Cavendish", "Devonshire", "Rutland", "Harrington", "Curzon", "Stephenson",
    ];

    private static readonly string[] StreetKinds = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Grove", "Crescent", "Court", "Gardens", "Place"];

    private static readonly Dictionary<string, PostcodeDistrict> Districts =
        PostcodeDistrict.County.Concat(PostcodeDistrict.Elsewhere).ToDictionary(d => d.Outward, StringComparer.Ordinal);

    private readonly RankedSampler<PostcodeDistrict> county = new(PostcodeDistrict.County, 0.6);

    public HomeAddress Draw(Random random) => At(county.Sample(random), random);

    /// <summary>A new home after a move: mostly nearby, sometimes across the county, now and then out of it.</summary>
    public HomeAddress Move(HomeAddress from, Random random)
    {
        var roll = random.NextDouble();
        var district = roll < 0.6 ? Districts[from.District]
            : roll < 0.95 ? county.Sample(random)
            : random.Pick(PostcodeDistrict.Elsewhere);
        HomeAddress moved;
        do
            moved = At(district, random);
        while (moved == from);
        return moved;
    }

    private static HomeAddress At(PostcodeDistrict district, Random random)
    {
        var street = random.Next(district.Streets);
        var number = 1 + random.Next(street % 7 == 0 ? 180 : 90);
        var name = StreetNames[(street + Hash(district.Outward)) % StreetNames.Length];
        var kind = StreetKinds[(street / StreetNames.Length + Hash(district.Outward)) % StreetKinds.Length];
        var houseNumber = number.ToString(CultureInfo.InvariantCulture) + (street % 31 == 0 && number % 4 == 0 ? "A" : "");
        return new HomeAddress(houseNumber, $"{name} {kind}", district.Town, $"{district.Outward} {Inward(district, street, number / 30)}");
    }

    private static string Inward(PostcodeDistrict district, int street, int stretch)
    {
        var hash = Mix((uint)Hash(district.Outward) * 1_000_003u + (uint)street * 1009u + (uint)stretch);
        return string.Create(CultureInfo.InvariantCulture,
            $"{1 + hash % 9}{InwardLetters[(int)(hash / 9 % 20)]}{InwardLetters[(int)(hash / 180 % 20)]}");
    }

    private static uint Mix(uint value)
    {
        value ^= value >> 16;
        value *= 0x7feb352d;
        value ^= value >> 15;
        value *= 0x846ca68b;
        return value ^ (value >> 16);
    }

    // string.GetHashCode is randomised per process; addresses must be the same in every run.
    private static int Hash(string text)
    {
        var hash = 17;
        foreach (var c in text)
            hash = unchecked(hash * 31 + c);
        return hash & 0x7fffffff;
    }
}
