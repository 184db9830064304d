namespace ChildView.Linkage.Generation;

/// <summary>
/// The long tail of surnames (most people carry a surname outside any top-200 list): British ones of
/// English place-name parts ("Ashworth", "Kingsley"), Polish and West African ones of those languages'
/// usual parts. Fixed: the same lists whatever the population's seed.
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

    // Polish surnames are spread thinly: the commonest, Nowak, is carried by about 0.5 % of Poles.
    private static readonly string[] PolishStarts =
    [
        "Kowal", "Nowa", "Wiśniew", "Lewan", "Zielin", "Szyman", "Woźni", "Kozł", "Jankow", "Wojcie", "Kaczmar", "Grabow",
        "Pawl", "Michal", "Król", "Wiecz", "Jabł", "Majew", "Olszew", "Stęp", "Dud", "Zając", "Wróbl", "Sikor", "Baran",
        "Rutkow", "Mich", "Ostrow", "Tomasz", "Czarn",
    ];

    private static readonly string[] PolishEnds = ["ski", "czyk", "ak", "ewicz", "ik", "owski", "ecki", "ek", "owicz", "iak"];

    // Nigerian and Ghanaian surnames are many: Yoruba and Igbo names are built from a few common parts.
    private static readonly string[] WestAfricanStarts =
    [
        "Ade", "Olu", "Oke", "Ogun", "Chukwu", "Nwa", "Oba", "Ayo", "Baba", "Ako", "Ose", "Ama", "Ofo", "Eke", "Ola", "Fola",
        "Kola", "Ige", "Oni", "Aju", "Onye", "Emeka", "Ihe", "Ozo", "Agyei", "Kwa", "Bo", "Ande", "Abio", "Ogbe",
    ];

    private static readonly string[] WestAfricanEnds = ["yemi", "wole", "nde", "bayo", "ola", "emi", "ike", "du", "for", "nso", "tunde", "kunle", "fe", "mah", "ye"];

    public static IEnumerable<string> Generate(int count) => Generate(count, Starts, Middles, Ends, 1851);

    public static IEnumerable<string> Polish(int count) => Generate(count, PolishStarts, [""], PolishEnds, 1918);

    public static IEnumerable<string> WestAfrican(int count) => Generate(count, WestAfricanStarts, [""], WestAfricanEnds, 1957);

    private static IEnumerable<string> Generate(int count, string[] starts, string[] middles, string[] ends, int seed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(seed); // fixed: the tail is part of the name data, not of a population
        while (seen.Count < Math.Min(count, starts.Length * middles.Distinct().Count() * ends.Length))
        {
            var name = random.Pick(starts) + random.Pick(middles) + random.Pick(ends);
            if (seen.Add(name))
                yield return name;
        }
    }
}
