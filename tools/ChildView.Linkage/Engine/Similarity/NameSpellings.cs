using System.Globalization;
using System.Text;

namespace ChildView.Linkage.Similarity;

/// <summary>
/// One name written the ways UK systems and clerks write it: transliterations (Mohammed, Muhammad),
/// accents a system could not store (Zoë, Zoe), apostrophes and spaces (O'Brien, OBrien, Ellie-Mae,
/// Elliemae), Mc and Mac, and a double surname held in full by one service and in part by another.
/// Values are as <c>FieldNormaliser</c> leaves them (lower case, hyphens and apostrophes gone).
/// </summary>
public static class NameSpellings
{
    // Only spellings that are one name: pairs a family would give two children (Isabel, Isabella) are not here.
    private static readonly string[][] Groups =
    [
        ["mohammed", "muhammad", "mohammad", "mohamed", "muhammed", "mohamad", "mohammod"],
        ["ahmed", "ahmad"], ["hussain", "hussein", "husain"], ["yusuf", "yousuf", "yusef", "yousef"],
        ["zakariya", "zakaria", "zakariyya"], ["zainab", "zaynab"], ["aisha", "ayesha", "aysha", "aishah"],
        ["chowdhury", "choudhury", "chaudhry", "choudhry"], ["mariam", "maryam"], ["iqra", "ikra"],
        ["aleksandra", "alexandra"], ["aleksander", "alexander"], ["sophia", "sofia"], ["isabelle", "isabel", "isobel"],
        ["katie", "katy", "katey"], ["jayden", "jaden", "jaydon", "jaiden"], ["layla", "leila", "laila", "leyla"],
        ["hannah", "hanna"], ["leah", "lea"], ["darcey", "darcy", "darcie"], ["lexi", "lexie"],
        ["jonathon", "jonathan"], ["rachael", "rachel"], ["philip", "phillip"],
        ["lucy", "lucie"],
        ["megan", "meghan"], ["nicola", "nichola"], ["geoffrey", "jeffrey"], ["lindsey", "lindsay"],
    ];

    private static readonly Dictionary<string, int> GroupOf = BuildIndex();

    public static bool AreVariants(string a, string b)
    {
        if (GroupOf.TryGetValue(a, out var x) && GroupOf.TryGetValue(b, out var y) && x == y)
            return true;
        if (!NeedsFolding(a) && !NeedsFolding(b))
            return false;
        var (foldedA, foldedB) = (Fold(a), Fold(b));
        return foldedA == foldedB
            || (GroupOf.TryGetValue(foldedA, out x) && GroupOf.TryGetValue(foldedB, out y) && x == y)
            || OnePartOf(a, b) || OnePartOf(b, a);
    }

    /// <summary>"nguyễn" → "nguyen", "o brien" → "obrien", "mac leod" → "mcleod": the form every system can store.</summary>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (c == ' ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c switch
            {
                'ł' => 'l',
                'đ' => 'd',
                'ø' => 'o',
                _ => c,
            });
        }
        var folded = builder.ToString();
        return folded.StartsWith("mac", StringComparison.Ordinal) && folded.Length > 5 ? "mc" + folded[3..] : folded;
    }

    private static bool NeedsFolding(string name)
    {
        if (name.StartsWith("mac", StringComparison.Ordinal))
            return true;
        foreach (var c in name)
        {
            if (c is ' ' or > '\u007f')
                return true;
        }
        return false;
    }

    // "smith jones" and "jones": a double surname (or a given name with its second part) held in part.
    private static bool OnePartOf(string part, string whole) =>
        !part.Contains(' ', StringComparison.Ordinal) && whole.Split(' ').Contains(part, StringComparer.Ordinal);

    private static Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var group = 0; group < Groups.Length; group++)
        {
            foreach (var name in Groups[group])
                index[name] = group;
        }
        return index;
    }
}
