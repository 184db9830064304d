namespace ChildView.Linkage.Generation;

/// <summary>
/// The name a child is known by rather than their legal one, as a worker writes it down ("Ollie" for
/// Oliver, "Kuba" for Jakub). Wider than the matcher's own nickname list on purpose: real records
/// hold diminutives no list anticipates.
/// </summary>
public static class KnownAsNames
{
    private static readonly Dictionary<string, string[]> ByLegalName = new(StringComparer.Ordinal)
    {
        ["Alexander"] = ["Alex", "Alfie"], ["William"] = ["Will", "Billy", "Liam"], ["Oliver"] = ["Ollie"],
        ["Thomas"] = ["Tom", "Tommy"], ["Joshua"] = ["Josh"], ["Samuel"] = ["Sam", "Sammy"], ["Benjamin"] = ["Ben"],
        ["Daniel"] = ["Dan", "Danny"], ["Matthew"] = ["Matt"], ["Christopher"] = ["Chris"], ["Jacob"] = ["Jake"],
        ["James"] = ["Jamie", "Jim"], ["Joseph"] = ["Joe", "Joey"], ["Edward"] = ["Eddie", "Ted"], ["Theodore"] = ["Theo", "Teddy"],
        ["Frederick"] = ["Freddie"], ["Henry"] = ["Harry"], ["Michael"] = ["Mike", "Mikey"], ["Jonathan"] = ["Jon", "Jonny"],
        ["Robert"] = ["Rob", "Bobby"], ["Anthony"] = ["Tony"], ["Nathan"] = ["Nate"], ["Harrison"] = ["Harry"],
        ["Sebastian"] = ["Seb"], ["Elijah"] = ["Eli"], ["Reuben"] = ["Ruby"], ["Archie"] = ["Arch"],
        ["Elizabeth"] = ["Beth", "Libby", "Lizzie"], ["Isabella"] = ["Bella", "Izzy"], ["Isabelle"] = ["Izzy", "Belle"],
        ["Olivia"] = ["Liv", "Livvy"], ["Amelia"] = ["Millie", "Amy"], ["Charlotte"] = ["Lottie", "Charlie"],
        ["Katherine"] = ["Kate", "Katie"], ["Catherine"] = ["Cath", "Kate"], ["Jessica"] = ["Jess"], ["Samantha"] = ["Sam"],
        ["Rebecca"] = ["Becky", "Becca"], ["Victoria"] = ["Vicky", "Tori"], ["Abigail"] = ["Abbie", "Abby"],
        ["Eleanor"] = ["Ellie", "Nell"], ["Florence"] = ["Flo", "Florrie"], ["Matilda"] = ["Tilly", "Tilda"],
        ["Penelope"] = ["Penny"], ["Evelyn"] = ["Evie"], ["Gabriela"] = ["Gabi"], ["Aleksandra"] = ["Ola", "Ala"],
        ["Alexandra"] = ["Alex", "Lexi"], ["Zuzanna"] = ["Zuzia"], ["Katarzyna"] = ["Kasia"], ["Magdalena"] = ["Magda"],
        ["Jakub"] = ["Kuba"], ["Aleksander"] = ["Olek"], ["Wojciech"] = ["Wojtek"], ["Mikołaj"] = ["Mikołajek"],
        ["Muhammad"] = ["Mo"], ["Mohammed"] = ["Mo"], ["Mohammad"] = ["Mo"], ["Ibrahim"] = ["Ibby"], ["Abdullah"] = ["Abdul"],
        ["Oluwaseun"] = ["Seun"], ["Tobiloba"] = ["Tobi"], ["Temitope"] = ["Temi"], ["Chidinma"] = ["Chidi"],
        ["Emmanuel"] = ["Manny"], ["Ezekiel"] = ["Zeke"], ["Ayodele"] = ["Ayo"], ["Funmilayo"] = ["Funmi"],
    };

    /// <summary>Both are short forms of one legal name (Theo and Teddy, of Theodore).</summary>
    public static bool ShareALegalName(string a, string b) =>
        ByLegalName.Values.Any(forms => forms.Contains(a, StringComparer.OrdinalIgnoreCase) && forms.Contains(b, StringComparer.OrdinalIgnoreCase));

    /// <summary>Known-as forms of a legal given name; empty when none is usual.</summary>
    public static IReadOnlyList<string> Of(string legalName) =>
        ByLegalName.TryGetValue(legalName, out var forms) ? forms : [];
}
