namespace ChildView.Linkage.Generation;

/// <summary>
/// The long tail of British surnames (most people carry a surname outside any top-200 list), made of
/// English place-name parts so they read like surnames ("Ashworth", "Kingsley"). Fixed: the same
/// list whatever the population's seed.
/// </summary>
internal static class SyntheticSurnames
{
    private static readonly string[] Starts =
    [
        "Ash", "Brad", "Chat", "Dar", "Ell", "Fair", "Gold", "Hather", "Kings", "Lang", "Mar", "North", "Pen", "Ros", "Sal",
        "Thorn", "Wake", "Whit", "Black", "Brook", "Cald", "Dun", "Hol", "Stan", "West", "Cars", "Wilt", "Bram", "Crom", "Ald",
        "Bur", "Chil", "Dal", "Farn", "Green", "Hart", "Lind", "Mel", "Net", "Pem",
    ];

    private static readonly string[] Middles = ["", "", "", "den", "ing", "er", "ken", "ble", "ers", "am"];

    private static readonly string[] Ends =
    [
        "ford", "ley", "ton", "worth", "field", "wood", "well", "by", "ham", "shaw", "wick", "more", "combe", "dale", "bury",
        "hurst", "stead", "thwaite", "ington", "son",
    ];

    public static IEnumerable<string> Generate(int count)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(1851); // fixed: the tail is part of the name data, not of a population
        while (seen.Count < count)
        {
            var name = random.Pick(Starts) + random.Pick(Middles) + random.Pick(Ends);
            if (seen.Add(name))
                yield return name;
        }
    }
}
