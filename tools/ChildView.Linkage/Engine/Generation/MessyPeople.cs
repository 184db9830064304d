using System.Globalization;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Generation;

/// <summary>
/// A seeded generator of messy person lists for scale tests: originals drawn with Zipf-skewed name,
/// surname and postcode-district frequencies (so blocks are skewed like real data), plus corrupted
/// duplicates (typos, swapped names, missing or swapped date parts, nicknames, moved postcode in the
/// same district, missing or mistyped ids). <see cref="Dataset.Cluster"/> is the truth: records with
/// the same cluster are the same person. Same seed and size ⇒ exactly the same records.
/// </summary>
public static class MessyPeople
{
    public sealed record Dataset(IReadOnlyList<PersonRecord> Records, int[] Cluster)
    {
        /// <summary>Truth as ordered id pairs (for <see cref="Evaluation.PairwiseScore"/>).</summary>
        public HashSet<(string, string)> TruePairs()
        {
            var byCluster = new Dictionary<int, List<int>>();
            for (var i = 0; i < Cluster.Length; i++)
            {
                if (!byCluster.TryGetValue(Cluster[i], out var members))
                    byCluster[Cluster[i]] = members = [];
                members.Add(i);
            }
            var pairs = new HashSet<(string, string)>();
            foreach (var members in byCluster.Values)
                for (var a = 0; a < members.Count; a++)
                    for (var b = a + 1; b < members.Count; b++)
                        pairs.Add(Evaluation.PairwiseScore.Ordered(Records[members[a]].Id, Records[members[b]].Id));
            return pairs;
        }
    }

    private static readonly string[] CommonGiven =
    [
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "christopher",
        "daniel", "matthew", "samuel", "benjamin", "alexander", "jonathan", "oliver", "jack", "harry", "george",
        "mary", "elizabeth", "margaret", "katherine", "sarah", "emma", "olivia", "sophie", "jessica", "samantha",
        "charlotte", "emily", "amelia", "grace", "lucy", "hannah", "rebecca", "laura", "rachel", "victoria",
    ];

    private static readonly Dictionary<string, string[]> Nicknames = new(StringComparer.Ordinal)
    {
        ["james"] = ["jim", "jimmy", "jamie"], ["john"] = ["jack", "johnny"], ["robert"] = ["bob", "rob", "robbie"],
        ["michael"] = ["mike", "mick"], ["william"] = ["bill", "will", "billy"], ["richard"] = ["rick", "dick"],
        ["joseph"] = ["joe", "joey"], ["thomas"] = ["tom", "tommy"], ["christopher"] = ["chris", "kit"],
        ["daniel"] = ["dan", "danny"], ["samuel"] = ["sam"], ["benjamin"] = ["ben", "benny"], ["alexander"] = ["alex", "alec"],
        ["jonathan"] = ["jon", "jonny"], ["elizabeth"] = ["liz", "beth", "betty"], ["margaret"] = ["maggie", "meg", "peggy"],
        ["katherine"] = ["kate", "katie", "kathy"], ["samantha"] = ["sam", "sammy"],
    };

    private static readonly string[] Onsets = ["b", "br", "c", "ch", "d", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "r", "s", "sh", "st", "t", "th", "v", "w", "y", "z"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ie", "ou", "y"];
    private static readonly string[] Codas = ["", "n", "r", "l", "s", "th", "ck", "m", "nd", "rt", "ll", "ton", "son", "ley", "ford", "well", "by"];
    private static readonly string[] StreetKinds = ["road", "street", "lane", "avenue", "close", "drive", "way", "grove"];

    public static Dataset Generate(int records, int seed = 20261125, double duplicateShare = 0.12)
    {
        var random = new Random(seed);
        var givenPool = CommonGiven.Concat(Words(random, 3000, 2)).Distinct().ToArray();
        var surnamePool = Words(random, 40_000, 2, 3).Distinct().ToArray();
        var streetPool = Words(random, 6000, 2).Distinct().ToArray();
        var townPool = Words(random, 400, 2, 3).Distinct().ToArray();
        var given = new Zipf(givenPool.Length, 1.0);
        var surname = new Zipf(surnamePool.Length, 0.9);
        var districts = Math.Max(50, records / 400);
        var district = new Zipf(districts, 0.7);
        var outward = Enumerable.Range(0, districts).Select(d => OutwardCode(d)).ToArray();

        var originals = (int)Math.Round(records / (1 + duplicateShare));
        var list = new List<PersonRecord>(records);
        var cluster = new List<int>(records);
        for (var i = 0; i < originals; i++)
        {
            var sexMale = random.Next(2) == 0;
            var g = givenPool[given.Sample(random)];
            var s = surnamePool[surname.Sample(random)];
            var year = 1940 + random.Next(85);
            var month = 1 + random.Next(12);
            var day = 1 + random.Next(DateTime.DaysInMonth(year, month));
            var d = district.Sample(random);
            var postcode = outward[d] + Inward(random);
            var address = new Address((1 + random.Next(250)).ToString(CultureInfo.InvariantCulture),
                $"{streetPool[random.Next(streetPool.Length)]} {StreetKinds[random.Next(StreetKinds.Length)]}",
                null, townPool[d % townPool.Length]);
            var id = random.NextDouble() < 0.8 ? (1_000_000_000L + (long)i * 7919 % 8_999_999_999L).ToString(CultureInfo.InvariantCulture) : null;
            list.Add(new PersonRecord($"rec-{i}-org", g, s, new PartialDate(day, month, year), sexMale ? "m" : "f", postcode, address, id));
            cluster.Add(i);
        }
        var duplicateNumber = 0;
        while (list.Count < records)
        {
            var of = random.Next(originals);
            list.Add(Corrupt(list[of], $"rec-{of}-dup-{duplicateNumber++}", random));
            cluster.Add(of);
        }
        return new Dataset(list, cluster.ToArray());
    }

    private static PersonRecord Corrupt(PersonRecord original, string id, Random random)
    {
        var r = original with { Id = id };
        var corruptions = 1 + random.Next(3);
        for (var k = 0; k < corruptions; k++)
        {
            switch (random.Next(10))
            {
                case 0: r = r with { GivenName = Typo(r.GivenName, random) }; break;
                case 1: r = r with { Surname = Typo(r.Surname, random) }; break;
                case 2: r = r with { GivenName = r.Surname, Surname = r.GivenName }; break;
                case 3:
                    r = r with { DateOfBirth = random.Next(2) == 0 ? r.DateOfBirth with { Day = null } : r.DateOfBirth with { Month = null } };
                    break;
                case 4:
                    if (r.DateOfBirth is { Day: <= 12 and var day, Month: var month })
                        r = r with { DateOfBirth = r.DateOfBirth with { Day = month, Month = day } };
                    else
                        r = r with { DateOfBirth = r.DateOfBirth with { Day = 1 + random.Next(28) } };
                    break;
                case 5:
                    if (r.GivenName is { } g && Nicknames.TryGetValue(g, out var nicks))
                        r = r with { GivenName = nicks[random.Next(nicks.Length)] };
                    else
                        r = r with { GivenName = Typo(r.GivenName, random) };
                    break;
                case 6:
                    if (r.Postcode is { Length: > 3 } pc)
                        r = r with { Postcode = pc[..^3] + Inward(random), Address = r.Address with { StreetNumber = (1 + random.Next(250)).ToString(CultureInfo.InvariantCulture) } };
                    break;
                case 7: r = r with { StrongId = null }; break;
                case 8:
                    if (r.StrongId is { } sid)
                    {
                        var chars = sid.ToCharArray();
                        chars[random.Next(chars.Length)] = (char)('0' + random.Next(10));
                        r = r with { StrongId = new string(chars) };
                    }
                    break;
                default: r = r with { Address = r.Address with { Street = Typo(r.Address.Street, random) } }; break;
            }
        }
        return r;
    }

    private static string? Typo(string? value, Random random)
    {
        if (value is null || value.Length < 2)
            return value;
        var chars = value.ToList();
        var at = random.Next(chars.Count);
        switch (random.Next(4))
        {
            case 0: chars[at] = (char)('a' + random.Next(26)); break;
            case 1: chars.RemoveAt(at); break;
            case 2: chars.Insert(at, (char)('a' + random.Next(26))); break;
            default:
                var j = Math.Min(at + 1, chars.Count - 1);
                (chars[at], chars[j]) = (chars[j], chars[at]);
                break;
        }
        return new string(chars.ToArray());
    }

    private static IEnumerable<string> Words(Random random, int count, int minSyllables, int maxSyllables = 2)
    {
        for (var i = 0; i < count; i++)
        {
            var syllables = minSyllables + random.Next(maxSyllables - minSyllables + 1);
            var word = "";
            for (var s = 0; s < syllables; s++)
                word += Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)];
            yield return word + Codas[random.Next(Codas.Length)];
        }
    }

    private static string OutwardCode(int district)
    {
        var area = $"{(char)('a' + district % 26)}{(char)('a' + district / 26 % 26)}";
        return area + (district / 676 + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static string Inward(Random random) =>
        $"{random.Next(10)}{(char)('a' + random.Next(26))}{(char)('a' + random.Next(26))}";

    /// <summary>Zipf(s) over ranks 0..n-1 by inverse CDF.</summary>
    private sealed class Zipf
    {
        private readonly double[] cumulative;

        public Zipf(int n, double s)
        {
            cumulative = new double[n];
            var total = 0.0;
            for (var k = 0; k < n; k++)
                cumulative[k] = total += 1 / Math.Pow(k + 1, s);
            for (var k = 0; k < n; k++)
                cumulative[k] /= total;
        }

        public int Sample(Random random)
        {
            var at = Array.BinarySearch(cumulative, random.NextDouble());
            return Math.Min(at < 0 ? ~at : at, cumulative.Length - 1);
        }
    }
}
