namespace ChildView.Linkage.Generation;

/// <summary>
/// Makes households: parents and one to five children born 11 months to 5 years apart (twins now and
/// then), a surname shared the way families share them (a mother who kept her own, a double surname,
/// a step-father's name taken later), and given names of the children's birth decade — sometimes a
/// parent's own, never one a brother or sister already has in another spelling or form
/// (<see cref="SiblingNames"/>).
/// </summary>
public sealed class HouseholdFactory(PopulationOptions options)
{
    private static readonly DateOnly EarliestBirth = new(2006, 1, 1);
    private static readonly double[] ChildCounts = [0.40, 0.35, 0.17, 0.06, 0.02];
    private static readonly double[] CultureShares = [.. UkNameCultures.All.Select(c => c.Share)];
    private static readonly RankedSampler<string> RareGirls = Rare('F');
    private static readonly RankedSampler<string> RareBoys = Rare('M');

    private readonly AddressBook addresses = new();

    /// <summary>A household whose people are numbered from <paramref name="firstPersonId"/> on.</summary>
    public Household Next(Random random, int householdId, int firstPersonId)
    {
        var culture = UkNameCultures.All[random.Weighted(CultureShares)];
        var home = addresses.Draw(random);
        var movedTo = random.Chance(options.MoveRate) ? addresses.Move(home, random) : null;
        var births = Births(random);
        var firstBirth = births[0];
        var motherBorn = firstBirth.AddDays(-(18 * 365 + random.Next(22 * 365)));
        // Fathers are about three years older than mothers on average (ONS births by parents' age): from two
        // years younger to six older, and never under 18 at the first birth.
        var fatherBorn = Earlier(motherBorn.AddDays(-random.Next(-2 * 365, 6 * 365)), firstBirth.AddDays(-18 * 365));

        var kind = random.NextDouble();
        var familySurname = culture.Surnames.Sample(random);
        var members = new List<Person>();
        Person Add(PersonRole role, string given, string surname, DateOnly born, char sex, string? laterSurname = null)
        {
            var id = firstPersonId + members.Count;
            var upn = role == PersonRole.Child && SchoolEntryYear(born) is var entry && entry <= options.ExtractDate.Year
                ? IdentifierIssuer.UpnFor(id, entry) : null;
            var person = new Person(id, householdId, role, given, surname, born, sex, IdentifierIssuer.NhsNumberFor(id), upn, laterSurname);
            members.Add(person);
            return person;
        }

        string childSurname;
        string? stepSurname = null;
        Person? mother;
        Person? father = null;
        if (kind < 0.6)
        {
            var double_ = random.Chance(culture.DoubleSurnameShare);
            var motherSurname = double_ || random.Chance(culture.MotherKeepsOwnSurname) ? OtherSurname(culture, familySurname, random) : familySurname;
            mother = Add(PersonRole.Mother, Given(culture, 'F', motherBorn.Year, random), motherSurname, motherBorn, 'F');
            father = Add(PersonRole.Father, Given(culture, 'M', fatherBorn.Year, random), familySurname, fatherBorn, 'M');
            childSurname = double_ ? $"{motherSurname}-{familySurname}" : familySurname;
        }
        else if (kind < 0.6 + options.StepFamilyRate)
        {
            stepSurname = familySurname;
            childSurname = OtherSurname(culture, familySurname, random);
            mother = Add(PersonRole.Mother, Given(culture, 'F', motherBorn.Year, random), random.Chance(0.6) ? stepSurname : childSurname, motherBorn, 'F');
            Add(PersonRole.StepFather, Given(culture, 'M', fatherBorn.Year, random), stepSurname, fatherBorn, 'M');
        }
        else if (kind < 0.96)
        {
            mother = Add(PersonRole.Mother, Given(culture, 'F', motherBorn.Year, random), familySurname, motherBorn, 'F');
            childSurname = random.Chance(0.7) ? familySurname : OtherSurname(culture, familySurname, random);
        }
        else
        {
            mother = null;
            father = Add(PersonRole.Father, Given(culture, 'M', fatherBorn.Year, random), familySurname, fatherBorn, 'M');
            childSurname = familySurname;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var sonNamed = false;
        var daughterNamed = false;
        for (var b = 0; b < births.Count; b++)
        {
            var twins = b > 0 && births[b] == births[b - 1];
            var sex = random.Chance(0.51) ? 'M' : 'F';
            string given;
            if (sex == 'M' && !sonNamed && father is not null && random.Chance(options.NamesakeSonRate))
                given = father.GivenName;
            else if (sex == 'F' && !daughterNamed && mother is not null && random.Chance(options.NamesakeDaughterRate))
                given = mother.GivenName;
            else
                given = SiblingName(culture, sex, births[b].Year, names, twins ? members[^1].GivenName[0] : null, random);
            sonNamed |= sex == 'M';
            daughterNamed |= sex == 'F';
            names.Add(given);
            var later = stepSurname is not null && random.Chance(options.StepSurnameRate) ? stepSurname : null;
            Add(PersonRole.Child, given, childSurname, births[b], sex, later);
        }

        return new Household(householdId, culture, home, movedTo, members);
    }

    private List<DateOnly> Births(Random random)
    {
        var last = options.ExtractDate.AddDays(-1);
        var span = last.DayNumber - EarliestBirth.DayNumber;
        var births = new List<DateOnly>();
        var birth = EarliestBirth.AddDays(random.Next(span));
        var children = 1 + random.Weighted(ChildCounts);
        while (births.Count < children && birth <= last)
        {
            births.Add(birth);
            if (random.Chance(options.TwinBirthRate))
                births.Add(birth);
            birth = birth.AddDays(330 + random.Next(1500));
        }
        return births;
    }

    private string SiblingName(NameCulture culture, char sex, int birthYear, HashSet<string> taken, char? twinInitial, Random random)
    {
        var alike = twinInitial is not null && random.Chance(options.TwinsAlikeNamesRate);
        var name = Given(culture, sex, birthYear, random);
        // A culture's list may hold no second name with the twin's initial: then any distinct name will do.
        for (var tries = 0; tries < 400; tries++, name = Given(culture, sex, birthYear, random))
        {
            if ((!alike || tries >= 40 || name[0] == twinInitial) && !taken.Any(t => SiblingNames.Confusable(t, name)))
                break;
        }
        return name;
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private string Given(NameCulture culture, char sex, int birthYear, Random random) =>
        random.Chance(options.RareGivenNameRate)
            ? (sex == 'F' ? RareGirls : RareBoys).Sample(random)
            : culture.GivenNames(sex).For(birthYear).Sample(random);

    private static string OtherSurname(NameCulture culture, string not, Random random)
    {
        string surname;
        do
            surname = culture.Surnames.Sample(random);
        while (surname == not);
        return surname;
    }

    // Children start school in the September after they turn four.
    private static int SchoolEntryYear(DateOnly born) => born.Year + (born.Month >= 9 ? 5 : 4);

    private static RankedSampler<string> Rare(char sex) =>
        new([.. UkNameCultures.All.SelectMany(c => c.GivenNames(sex).All).Distinct(StringComparer.Ordinal)], 0);
}
