using ChildView.Linkage.Generation;
using ChildView.Linkage.Identifiers;
using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

/// <summary>The generated UK population: deterministic, family-shaped, and as messy as configured.</summary>
public sealed class PopulationGeneratorTests
{
    private static readonly GeneratedPopulation Population = PopulationGenerator.Generate(new PopulationOptions { People = 20_000, Seed = 11 });

    private static readonly IReadOnlyList<Household> Households = new PopulationGenerator(new PopulationOptions { People = 20_000, Seed = 11 }).Households().ToList();

    [Fact]
    public void The_same_seed_gives_the_same_records_and_another_seed_other_records()
    {
        var again = PopulationGenerator.Generate(new PopulationOptions { People = 20_000, Seed = 11 });
        Assert.Equal(Population.Records, again.Records);
        Assert.NotEqual(Population.Records, PopulationGenerator.Generate(new PopulationOptions { People = 20_000, Seed = 12 }).Records);
    }

    [Fact]
    public void A_record_count_is_met_exactly()
    {
        Assert.Equal(12_345, PopulationGenerator.GenerateRecords(12_345, seed: 3).Records.Count);
    }

    [Fact]
    public void Record_ids_are_unique_and_never_name_the_person()
    {
        Assert.Equal(Population.Records.Count, Population.Records.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(Population.Records, r => r.Id.Contains(r.Truth.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-", StringComparison.Ordinal));
    }

    [Fact]
    public void Households_share_an_address_and_most_share_a_surname_with_their_children()
    {
        var withChildren = Households.Where(h => h.Children.Any()).ToList();
        Assert.All(withChildren, h => Assert.Single(h.Children.Select(c => c.Surname).Distinct()));
        var parentShares = withChildren.Count(h => h.Parents.Any(p => p.Surname == h.Children.First().Surname));
        Assert.InRange((double)parentShares / withChildren.Count, 0.7, 0.95);

        // A household's records in one service (nobody's moved-and-not-moved at once) give one postcode.
        var postcodes = Population.Records.Where(r => r.Postcode is not null && !r.Distortions.HasFlag(Distortion.PostcodeTypo))
            .GroupBy(r => (r.Truth.HouseholdId, r.Source)).Select(g => g.Select(r => r.Postcode).Distinct().Count());
        Assert.All(postcodes, count => Assert.Equal(1, count));
    }

    [Fact]
    public void There_are_namesakes_across_generations_twins_and_close_age_siblings()
    {
        var namesakes = Households.SelectMany(h => h.Children.Where(c => h.Parents.Any(p => p.GivenName == c.GivenName))).Count();
        var twins = Households.Sum(h => h.Children.GroupBy(c => c.DateOfBirth).Count(g => g.Count() == 2));
        var closeSiblings = Households.Sum(h => h.Children.OrderBy(c => c.DateOfBirth).Zip(h.Children.OrderBy(c => c.DateOfBirth).Skip(1))
            .Count(p => p.Second.DateOfBirth.DayNumber - p.First.DateOfBirth.DayNumber is > 0 and < 450));
        Assert.InRange(namesakes, 50, 1000);
        Assert.InRange(twins, 40, 400);
        Assert.True(closeSiblings > 200, $"{closeSiblings} siblings born within 15 months");
    }

    [Fact]
    public void Brothers_and_sisters_never_have_one_name_in_two_spellings_or_forms()
    {
        static bool OneNameTwoWays(string a, string b) =>
            NameVariants.Of(a).Contains(b) || KnownAsNames.Of(a).Contains(b) || KnownAsNames.Of(b).Contains(a)
            || (a[0] == b[0] && ChildView.Linkage.Similarity.EditDistance.WithinOneEdit(a, b));
        var confusable = Households.SelectMany(h => h.Children.SelectMany(a => h.Children.Where(b => a.Id < b.Id && OneNameTwoWays(a.GivenName, b.GivenName))
            .Select(b => $"{a.GivenName}/{b.GivenName}"))).ToList();
        Assert.Empty(confusable);
    }

    [Fact]
    public void Fathers_are_adults_at_their_first_childs_birth()
    {
        var young = Households.Where(h => h.Children.Any()).SelectMany(h => h.Parents.Select(p => (Parent: p, First: h.Children.Min(c => c.DateOfBirth))))
            .Where(x => x.First.DayNumber - x.Parent.DateOfBirth.DayNumber < 17 * 365).ToList();
        Assert.Empty(young);
    }

    [Fact]
    public void Children_appear_in_up_to_four_sources_most_in_more_than_one()
    {
        var sourcesPerChild = Population.Records.Where(r => r.Truth.IsChild).GroupBy(r => r.Truth.Id).Select(g => g.Select(r => r.Source).Distinct().Count()).ToList();
        Assert.All(sourcesPerChild, n => Assert.InRange(n, 1, 4));
        Assert.InRange(sourcesPerChild.Count(n => n >= 2) / (double)sourcesPerChild.Count, 0.6, 0.85);
        Assert.Contains(sourcesPerChild, n => n == 4);
    }

    [Fact]
    public void Every_identifier_passes_its_check_unless_deliberately_miskeyed()
    {
        var nhs = new NhsNumberValidator();
        var upn = new UpnValidator();
        var clean = Population.Records.Where(r => !r.Distortions.HasFlag(Distortion.NhsTypo) && !r.Distortions.HasFlag(Distortion.UpnTypo)).ToList();
        Assert.All(clean.Where(r => r.NhsNumber is not null), r => Assert.True(nhs.IsValid(r.NhsNumber!), r.NhsNumber));
        Assert.All(clean.Where(r => r.Upn is not null), r => Assert.True(upn.IsValid(r.Upn!), r.Upn));
        Assert.All(Population.Records.Where(r => r.Distortions.HasFlag(Distortion.NhsTypo)), r => Assert.False(nhs.IsValid(r.NhsNumber!)));
        var people = Households.SelectMany(h => h.Members).ToList();
        Assert.Equal(people.Count, people.Select(p => p.NhsNumber).Distinct().Count());
        Assert.Equal(people.Count(p => p.Upn is not null), people.Where(p => p.Upn is not null).Select(p => p.Upn).Distinct().Count());
    }

    [Fact]
    public void Some_records_carry_a_siblings_valid_nhs_number()
    {
        var copied = Population.Records.Where(r => r.Distortions.HasFlag(Distortion.NhsFromSibling)).ToList();
        Assert.NotEmpty(copied);
        Assert.All(copied, r => Assert.NotEqual(r.Truth.NhsNumber, r.NhsNumber));
        Assert.All(copied, r => Assert.True(new NhsNumberValidator().IsValid(r.NhsNumber!)));
    }

    [Theory]
    [InlineData(0.02)]
    [InlineData(0.10)]
    public void Typo_rate_is_as_configured_scaled_by_each_sources_care(double rate)
    {
        var population = PopulationGenerator.Generate(new PopulationOptions { People = 20_000, Seed = 5, TypoRate = rate });
        var expected = population.Records.Average(r => rate * r.Source.ErrorScale);
        var observed = population.Records.Count(r => r.Distortions.HasFlag(Distortion.GivenTypo)) / (double)population.Records.Count;
        Assert.InRange(observed, expected * 0.85, expected * 1.15);
    }

    [Fact]
    public void About_the_configured_share_of_households_move_and_some_sources_see_the_new_address()
    {
        var households = new PopulationGenerator(new PopulationOptions { People = 20_000, Seed = 11, MoveRate = 0.3 }).Households().ToList();
        Assert.InRange(households.Count(h => h.MovedTo is not null) / (double)households.Count, 0.27, 0.33);
        Assert.Contains(Population.Records, r => r.Distortions.HasFlag(Distortion.Moved) && r.Postcode == Households[r.Truth.HouseholdId].MovedTo!.Postcode);
    }

    [Fact]
    public void Records_carry_realistic_variants_and_date_errors()
    {
        var records = Population.Records;
        Assert.Contains(records, r => r.Distortions.HasFlag(Distortion.SpellingVariant) && r.Surname is { } s && (s.StartsWith("O’", StringComparison.Ordinal) || s == "Nguyen" || s.StartsWith("Mac", StringComparison.Ordinal)));
        Assert.Contains(records, r => r.Distortions.HasFlag(Distortion.KnownAs));
        Assert.Contains(records, r => r.Distortions.HasFlag(Distortion.SurnameChanged) && r.Surname == r.Truth.LaterSurname);
        var swapped = records.Where(r => r.Distortions.HasFlag(Distortion.DayMonthSwapped)).ToList();
        Assert.NotEmpty(swapped);
        Assert.All(swapped, r => Assert.True(r.DateOfBirth.Month == r.Truth.DateOfBirth.Day || r.DateOfBirth.Month is null));
    }

    [Fact]
    public void Postcodes_are_uk_shaped_outward_space_inward()
    {
        var shape = new System.Text.RegularExpressions.Regex("^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][ABD-HJLNP-UW-Z]{2}$");
        Assert.All(Households.Select(h => h.Home.Postcode), p => Assert.Matches(shape, p));
    }

    [Fact]
    public void The_csv_reads_back_with_the_default_columns_as_the_records_the_engine_is_given()
    {
        var records = Population.Records.Take(2_000).ToList();
        using var writer = new StringWriter();
        PopulationCsv.Write(writer, records);
        var read = CsvRecordReader.ReadText(writer.ToString(), ColumnMapping.Default with { Truth = "person_id" });
        Assert.Equal(records.Select(r => r.ToPersonRecord()), read.Records);
        Assert.Equal(records.Select(r => r.Truth.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), read.Truth!);
    }

    [Theory]
    [InlineData("O'Brien", "O’Brien")]
    [InlineData("O'Brien", "OBrien")]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("McDonald", "MacDonald")]
    [InlineData("MacLeod", "McLeod")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Zoe", "Zoë")]
    [InlineData("Łukasz", "Lukasz")]
    [InlineData("Smith-Jones", "Jones")]
    public void Names_have_their_usual_other_spellings(string name, string variant)
    {
        Assert.Contains(variant, NameVariants.Of(name));
    }
}
