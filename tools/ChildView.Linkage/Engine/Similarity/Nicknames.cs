namespace ChildView.Linkage.Similarity;

/// <summary>
/// Common given-name diminutives in the UK's communities (English, Polish, Yoruba, Arabic): "bill" for
/// "william", "kuba" for "jakub", "mo" for "mohammed". Only the usual forms: it catches the frequent cases
/// without claiming every pair of short names is the same person.
/// </summary>
public static class Nicknames
{
    private static readonly string[][] Groups =
    [
        ["william", "bill", "billy", "will", "willy", "liam"],
        ["robert", "bob", "bobby", "rob", "robbie", "bert"],
        ["richard", "rick", "ricky", "dick", "rich", "richie"],
        ["elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby", "elise"],
        ["margaret", "maggie", "meg", "peggy", "marge", "madge"],
        ["katherine", "catherine", "kate", "katie", "kathy", "cathy", "kat", "kitty"],
        ["james", "jim", "jimmy", "jamie"],
        ["john", "jack", "johnny", "jon"],
        ["jonathan", "jon", "jonny", "nathan"],
        ["thomas", "tom", "tommy"],
        ["michael", "mike", "mikey", "mick", "mickey"],
        ["christopher", "chris", "kit"],
        ["christine", "chris", "chrissie", "tina"],
        ["alexander", "alex", "sandy", "xander", "alec"],
        ["alexandra", "alex", "sandra", "lexie", "sasha"],
        ["benjamin", "ben", "benny", "benji"],
        ["daniel", "dan", "danny"],
        ["joseph", "joe", "joey"],
        ["samuel", "sam", "sammy"],
        ["samantha", "sam", "sammy"],
        ["matthew", "matt", "matty"],
        ["nicholas", "nick", "nicky"],
        ["anthony", "tony"],
        ["edward", "ed", "eddie", "ted", "teddy", "ned"],
        ["jessica", "jess", "jessie"],
        ["rebecca", "becky", "becca"],
        ["victoria", "vicky", "tori"],
        ["charlotte", "charlie", "lottie"],
        ["charles", "charlie", "chuck", "chas"],
        ["frederick", "fred", "freddie"],
        ["henry", "harry", "hal"],
        ["patricia", "pat", "patty", "trish"],
        ["patrick", "pat", "paddy"],
        ["stephen", "steven", "steve", "stevie"],
        ["susan", "sue", "susie", "suzie"],
        ["andrew", "andy", "drew"],
        ["jennifer", "jen", "jenny"],
        ["abigail", "abby", "abbie"],
        ["oliver", "ollie", "olly"],
        ["amelia", "millie", "milly"],
        ["isabella", "isabelle", "bella", "izzy", "issy"],
        ["florence", "flo", "florrie"],
        ["penelope", "penny"],
        ["theodore", "theo", "teddy"],
        ["archibald", "archie"],
        ["harriet", "hattie", "hettie"],
        ["zachary", "zach", "zack"],
        ["olivia", "liv", "livvy", "livi", "ollie"],
        ["joshua", "josh"],
        ["jacob", "jake"],
        ["nathaniel", "nathan", "nate"],
        ["sebastian", "seb", "bastian"],
        ["elijah", "eli"],
        ["harrison", "harry"],
        ["alfred", "alfie", "alf"],
        ["alexander", "alfie"],
        ["eleanor", "ellie", "nell", "nellie", "nora"],
        ["matilda", "tilly", "tilda", "mattie"],
        ["evelyn", "evie"],
        ["catherine", "cath", "cathy"],
        ["gabriela", "gabriella", "gabi", "gabby"],
        ["isabelle", "izzy", "belle", "bella"],
        ["mohammed", "muhammad", "mohammad", "mohamed", "muhammed", "mo"],
        ["ibrahim", "ibby"],
        ["abdullah", "abdul"],
        ["emmanuel", "manny"],
        ["ezekiel", "zeke"],
        ["jakub", "kuba"],
        ["aleksander", "olek"],
        ["aleksandra", "ola", "ala"],
        ["katarzyna", "kasia"],
        ["magdalena", "magda"],
        ["zuzanna", "zuzia"],
        ["wojciech", "wojtek"],
        ["oluwaseun", "seun"],
        ["tobiloba", "tobi"],
        ["temitope", "temi"],
        ["ayodele", "ayo"],
        ["funmilayo", "funmi"],
    ];

    private static readonly Dictionary<string, HashSet<int>> GroupsByName = BuildIndex();

    public static bool AreVariants(string a, string b) =>
        GroupsByName.TryGetValue(a, out var aGroups) && GroupsByName.TryGetValue(b, out var bGroups) && aGroups.Overlaps(bGroups);

    private static Dictionary<string, HashSet<int>> BuildIndex()
    {
        var index = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var group = 0; group < Groups.Length; group++)
        {
            foreach (var name in Groups[group])
            {
                if (!index.TryGetValue(name, out var set))
                    index[name] = set = [];
                set.Add(group);
            }
        }
        return index;
    }
}
