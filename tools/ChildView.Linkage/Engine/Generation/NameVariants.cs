using System.Globalization;
using System.Text;

namespace ChildView.Linkage.Generation;

/// <summary>
/// How the same name is spelt differently by different systems and clerks: transliterations
/// (Mohammed/Muhammad), dropped diacritics (Zoë/Zoe, Nguyễn/Nguyen), apostrophes (O'Brien, O’Brien,
/// OBrien), Mc/Mac, and a double surname written with a hyphen, a space or only one part.
/// </summary>
public static class NameVariants
{
    private static readonly string[][] SpellingGroups =
    [
        ["Mohammed", "Muhammad", "Mohammad", "Mohamed", "Muhammed"],
        ["Zoe", "Zoë"], ["Chloe", "Chloë"], ["Amelie", "Amélie"], ["Renee", "Renée"],
        ["Aleksandra", "Alexandra"], ["Aleksander", "Alexander"], ["Sophia", "Sofia"], ["Isabelle", "Isabel", "Isobel"],
        ["Katie", "Katy"], ["Jayden", "Jaden", "Jaydon"], ["Layla", "Leila", "Laila"], ["Aisha", "Ayesha", "Aysha"],
        ["Hannah", "Hanna"], ["Leah", "Lea"], ["Zainab", "Zaynab"], ["Yusuf", "Yousuf", "Yusef"], ["Zakariya", "Zakaria"],
        ["Ellie-Mae", "Ellie Mae", "Elliemae"], ["Darcey", "Darcy", "Darcie"], ["Lexi", "Lexie"], ["Jonathon", "Jonathan"],
        ["Rachael", "Rachel"], ["Philip", "Phillip"], ["Stephen", "Steven"], ["Hussain", "Hussein"],
        ["Chowdhury", "Choudhury", "Chaudhry"], ["Mohamed", "Mohammed"], ["Ahmed", "Ahmad"], ["Oluwaseun", "Seun"],
    ];

    private static readonly Dictionary<string, string[]> Spellings = BuildSpellings();

    /// <summary>Other ways <paramref name="name"/> is commonly recorded; empty when there are none.</summary>
    public static IReadOnlyList<string> Of(string name)
    {
        var variants = new List<string>();
        if (Spellings.TryGetValue(name, out var spellings))
            variants.AddRange(spellings);
        if (WithoutDiacritics(name) is var plain && plain != name)
            variants.Add(plain);
        if (name.StartsWith("O'", StringComparison.Ordinal))
            variants.AddRange(["O’" + name[2..], "O" + name[2..], "O " + name[2..]]);
        if (name.StartsWith("Mc", StringComparison.Ordinal))
            variants.AddRange(["Mac" + name[2..], "Mc " + name[2..]]);
        else if (name.StartsWith("Mac", StringComparison.Ordinal) && name.Length > 4 && char.IsUpper(name[3]))
            variants.Add("Mc" + name[3..]);
        if (name.Contains('-', StringComparison.Ordinal) && !Spellings.ContainsKey(name))
        {
            var parts = name.Split('-');
            variants.AddRange([string.Join(' ', parts), parts[0], parts[^1]]);
        }
        return variants;
    }

    /// <summary>"Nguyễn" → "Nguyen", "Łukasz" → "Lukasz": what a system without the characters stores.</summary>
    public static string WithoutDiacritics(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c switch
            {
                'Ł' => 'L',
                'ł' => 'l',
                'Đ' => 'D',
                'đ' => 'd',
                _ => c,
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static Dictionary<string, string[]> BuildSpellings()
    {
        var byName = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in SpellingGroups)
            foreach (var name in group)
                byName[name] = [.. (byName.TryGetValue(name, out var known) ? known : []).Concat(group.Where(n => n != name)).Distinct()];
        return byName;
    }
}
