using ChildView.Contracts.Identifiers;

namespace ChildView.SyntheticCounty;

/// <summary>
/// Generates a county of fictional households, deterministically: the same seed, size and date give
/// the same county on every machine. Need clusters in households (siblings share risk), twins share
/// a birthday, surname and address, and strong identifiers are present only as often as in real data.
/// </summary>
public sealed class CountyGenerator(CountyRates rates)
{
    /// <summary>Derbyshire's DfE local authority number, used as the UPN's LA part.</summary>
    private const int LaNumber = 830;

    public CountyGenerator()
        : this(new CountyRates())
    {
    }

    public County Generate(int children, int seed, DateOnly today)
    {
        var random = new Random(seed);
        var identifiers = new IdentifierSequence();
        var households = new List<Household>();
        var total = 0;
        while (total < children)
        {
            var household = NewHousehold(random, identifiers, households.Count + 1, today, children - total);
            households.Add(household);
            total += household.Children.Count;
        }

        return new County(seed, today, households);
    }

    private Household NewHousehold(Random random, IdentifierSequence identifiers, int number, DateOnly today, int remaining)
    {
        var (town, outwardCodes) = random.Pick(Names.Towns);
        var address = new Address(
            $"{random.Next(1, 180)} {random.Pick(Names.Streets)}",
            town,
            $"{random.Pick(outwardCodes)} {random.Next(1, 10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}");
        var familyName = random.PickRanked(Names.Surnames);
        var need = random.PickWeighted(CodeFrequencies.HouseholdNeed);

        var size = Math.Min(remaining, random.PickWeighted<int>([(1, 45), (2, 38), (3, 12), (4, 5)]));
        var children = new List<SyntheticChild>(size);
        while (children.Count < size)
        {
            var dateOfBirth = today.AddDays(-random.Next(0, 18 * 365));
            var twins = children.Count + 1 < size && random.Chance(rates.Twins * 2);
            var births = twins ? 2 : 1;
            for (var b = 0; b < births; b++)
            {
                var sex = random.Chance(0.5) ? "F" : "M";
                var givenName = DistinctGivenName(random, sex, children);
                children.Add(NewChild(random, identifiers, $"C{number:D6}-{children.Count + 1}", givenName, familyName, dateOfBirth, sex, twins, need, today));
            }
        }

        var adults = new List<Adult> { NewAdult(random, familyName, "F", "mother", today) };
        if (random.Chance(0.75))
        {
            adults.Add(NewAdult(random, random.Chance(0.8) ? familyName : random.PickRanked(Names.Surnames), "M", "father", today));
        }

        return new Household(number, address, adults, children);
    }

    /// <summary>Siblings, twins especially, never share a given name.</summary>
    private static string DistinctGivenName(Random random, string sex, List<SyntheticChild> siblings)
    {
        var names = sex == "F" ? Names.Girls : Names.Boys;
        string name;
        do
        {
            name = random.PickRanked(names);
        }
        while (siblings.Any(s => s.GivenName == name));
        return name;
    }

    private SyntheticChild NewChild(
        Random random, IdentifierSequence identifiers, string key, string givenName, string familyName, DateOnly dateOfBirth, string sex, bool twin, double need, DateOnly today)
    {
        var age = today.Year - dateOfBirth.Year - (today.DayOfYear < dateOfBirth.DayOfYear ? 1 : 0);
        var pupil = age is >= 4 and <= 16;
        var upn = pupil && random.Chance(rates.UpnRecorded) ? identifiers.NextUpn() : null;
        var nhs = random.Chance(rates.NhsNumberRecorded) ? identifiers.NextNhsNumber() : null;

        var referred = random.Chance(rates.Referral * need);
        var protectedChild = random.Chance(rates.ChildProtectionPlan * need);
        var lookedAfter = random.Chance(rates.LookedAfter * need);
        var youthJustice = age is >= 10 and <= 17 && random.Chance(rates.YouthJustice * need);
        var absent = pupil && random.Chance(rates.PersistentAbsence * Math.Sqrt(need));
        var suspensions = pupil && age >= 8 && random.Chance(0.03 * need) ? random.Next(1, 4) : 0;
        var earlyYears = age is >= 2 and <= 4 && random.Chance(rates.EarlyYearsSetting);
        var earlyHelp = random.Chance(rates.EarlyHelp * need);

        var involvement = new Involvement(
            OnSchoolRoll: pupil,
            PersistentlyAbsent: absent,
            Suspensions: suspensions,
            ReferredThisYear: referred || protectedChild || lookedAfter,
            ReferralSource: referred || protectedChild || lookedAfter ? random.PickWeighted(CodeFrequencies.ReferralSources) : null,
            PrimaryNeed: referred || protectedChild || lookedAfter ? random.PickWeighted(CodeFrequencies.PrimaryNeeds) : null,
            OnChildProtectionPlan: protectedChild,
            CategoryOfAbuse: protectedChild ? random.PickWeighted(CodeFrequencies.CategoriesOfAbuse) : null,
            LookedAfter: lookedAfter,
            LegalStatus: lookedAfter ? random.PickWeighted(CodeFrequencies.LegalStatuses) : null,
            KnownToYouthJustice: youthJustice,
            YouthOutcome: youthJustice ? random.PickWeighted(CodeFrequencies.YouthOutcomes) : null,
            GravityScore: youthJustice ? random.PickWeighted<int>([(1, 10), (2, 30), (3, 30), (4, 18), (5, 8), (6, 3), (7, 1)]) : null,
            InEarlyYearsSetting: earlyYears,
            ProviderUrn: earlyYears ? $"EY{random.Next(100000, 999999)}" : null,
            InEarlyHelp: earlyHelp);

        return new SyntheticChild(key, givenName, familyName, dateOfBirth, sex, upn, nhs, twin, involvement);
    }

    private static Adult NewAdult(Random random, string familyName, string sex, string relationship, DateOnly today) =>
        new(random.PickRanked(sex == "F" ? Names.Girls : Names.Boys), familyName, today.AddDays(-random.Next(19 * 365, 55 * 365)), sex, relationship);

    /// <summary>Unique, checksum-valid identifiers: UPNs under the county's LA number, NHS numbers from the 999 test range.</summary>
    private sealed class IdentifierSequence
    {
        private int _upnSerial;
        private long _nhsBase = 999_000_000;

        public string NextUpn()
        {
            var serial = _upnSerial++;
            var body = $"{LaNumber:D3}{2000 + serial / 100_000 % 10_000:D4}{serial / 1000 % 100:D2}{serial % 1000:D3}";
            return UniquePupilNumber.CheckLetterFor(body) + body;
        }

        public string NextNhsNumber()
        {
            while (true)
            {
                var nine = (_nhsBase++).ToString("D9");
                if (NhsNumber.CheckDigitFor(nine) is { } check)
                {
                    return nine + check;
                }
            }
        }
    }
}
