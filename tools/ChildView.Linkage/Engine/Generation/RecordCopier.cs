using System.Globalization;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Generation;

/// <summary>
/// Writes a household's people into the services that know them: each child in one to four services
/// (as old enough for them), some parents as family members; each record a copy of the truth with the
/// source's completeness and identifiers and the errors people make entering it.
/// </summary>
public sealed class RecordCopier(PopulationOptions options)
{
    private static readonly double[] SourceCounts = [0.25, 0.45, 0.20, 0.10];

    private readonly Dictionary<SourceSystem, int> issued = SourceSystem.All.ToDictionary(s => s, _ => 0);

    public IEnumerable<GeneratedRecord> Copy(Household household, Random random)
    {
        // A move is known to some services and not others; a household's records within one service agree.
        var movedIn = SourceSystem.All.Where(_ => household.MovedTo is not null && random.Chance(0.5)).ToHashSet();
        var children = household.Children.ToList();
        foreach (var person in household.Members)
        {
            foreach (var source in SourcesOf(person, random))
            {
                var sibling = children.Count > 1 ? random.Pick(children.Where(c => c != person).ToList()) : null;
                yield return Record(person, source, household, movedIn.Contains(source), sibling, random);
            }
        }
    }

    private List<SourceSystem> SourcesOf(Person person, Random random)
    {
        var eligible = SourceSystem.All.Where(s => s.Records(person, options.ExtractDate)).ToList();
        int count;
        if (person.IsChild)
            count = Math.Min(1 + random.Weighted(SourceCounts), eligible.Count);
        else
            count = random.Chance(options.ParentRecordRate) ? (random.Chance(0.75) ? 1 : 2) : 0;
        var chosen = new List<SourceSystem>(count);
        Span<double> all = stackalloc double[eligible.Count];
        while (chosen.Count < count)
        {
            var weights = all[..eligible.Count];
            for (var i = 0; i < eligible.Count; i++)
                weights[i] = person.IsChild ? eligible[i].ChildWeight : eligible[i].ParentWeight;
            var pick = random.Weighted(weights);
            chosen.Add(eligible[pick]);
            eligible.RemoveAt(pick);
        }
        return chosen;
    }

    private GeneratedRecord Record(Person person, SourceSystem source, Household household, bool moved, Person? sibling, Random random)
    {
        var scale = source.ErrorScale;
        var flags = Distortion.None;
        bool Happens(double rate, Distortion distortion)
        {
            if (!random.Chance(rate))
                return false;
            flags |= distortion;
            return true;
        }

        var surname = person.LaterSurname is { } later && Happens(0.5, Distortion.SurnameChanged) ? later : person.Surname;
        var given = person.GivenName;
        if (NameVariants.Of(given) is { Count: > 0 } givenSpellings && Happens(options.SpellingVariantRate, Distortion.SpellingVariant))
            given = random.Pick(givenSpellings);
        if (NameVariants.Of(surname) is { Count: > 0 } surnameSpellings && Happens(options.SpellingVariantRate, Distortion.SpellingVariant))
            surname = random.Pick(surnameSpellings);
        if (KnownAsNames.Of(person.GivenName) is { Count: > 0 } knownAs && Happens(source.KnownAsRate, Distortion.KnownAs))
            given = random.Pick(knownAs);
        else if (Happens(options.InitialRate * scale, Distortion.Initial))
            given = given[..1];
        if (Happens(options.TypoRate * scale, Distortion.GivenTypo))
            given = Typos.Apply(given, random);
        if (Happens(options.TypoRate * scale, Distortion.SurnameTypo))
            surname = Typos.Apply(surname, random);
        if (Happens(options.SwappedNamesRate * scale, Distortion.NamesSwapped))
            (given, surname) = (surname, given);

        var dob = DateOfBirth(person, scale, random, Happens);
        var sex = person.Sex;
        if (Happens(options.SexErrorRate * scale, Distortion.SexWrong))
            sex = sex == 'F' ? 'M' : 'F';
        var sexText = random.Chance(source.SexRate) ? (sex == 'F' ? source.SexCodes.Female : source.SexCodes.Male) : null;

        var home = moved ? household.MovedTo! : household.Home;
        if (moved)
            flags |= Distortion.Moved;
        var postcode = random.Chance(source.PostcodeRate) ? home.Postcode : null;
        if (postcode is not null && Happens(options.TypoRate / 2 * scale, Distortion.PostcodeTypo))
            postcode = postcode[..^2] + (char)('A' + random.Next(26)) + postcode[^1];
        var address = random.Chance(source.StreetRate)
            ? new Address(home.Number, Happens(options.TypoRate * scale, Distortion.StreetTypo) ? Typos.Apply(home.Street, random) : home.Street, null, home.Town)
            : new Address(null, null, null, home.Town);

        string? nhs = null;
        if (random.Chance(person.IsChild ? source.NhsRate : source.NhsRate * 0.3))
        {
            nhs = person.NhsNumber;
            if (sibling is not null && Happens(options.SiblingNhsRate, Distortion.NhsFromSibling))
                nhs = sibling.NhsNumber;
            else if (Happens(options.IdTypoRate, Distortion.NhsTypo))
                nhs = Typos.Digit(nhs, random);
        }

        var upn = person.Upn is not null && random.Chance(source.UpnRate) ? person.Upn : null;
        if (upn is not null && Happens(options.IdTypoRate, Distortion.UpnTypo))
            upn = upn[..1] + Typos.Digit(upn[1..], random);

        var sequence = ++issued[source];
        var id = string.Create(CultureInfo.InvariantCulture, $"{source.Prefix}-{sequence:D7}");
        return new GeneratedRecord(id, source, person, given, surname, dob, sexText, postcode, address, nhs, upn, flags);
    }

    private PartialDate DateOfBirth(Person person, double scale, Random random, Func<double, Distortion, bool> happens)
    {
        // Family-member records often carry no date of birth; a child's record almost always does.
        if (happens(person.IsChild ? 0.002 : 0.25, Distortion.DobMissing))
            return default;
        int? day = person.DateOfBirth.Day;
        int? month = person.DateOfBirth.Month;
        int? year = person.DateOfBirth.Year;
        if (day <= 12 && day != month && happens(options.DayMonthSwapRate * scale, Distortion.DayMonthSwapped))
            (day, month) = (month, day);
        if (happens(options.YearOffByOneRate * scale, Distortion.YearOffByOne))
            year += random.Next(2) == 0 ? -1 : 1;
        if (happens(options.DobPartWrongRate * scale, Distortion.DobPartWrong))
            day = 1 + (day!.Value + random.Next(27)) % 28;
        if (happens(options.DobPartMissingRate * scale, Distortion.DobPartMissing))
        {
            if (random.Next(3) == 0)
                month = null;
            else
                day = null;
        }
        return new PartialDate(day, month, year);
    }
}
