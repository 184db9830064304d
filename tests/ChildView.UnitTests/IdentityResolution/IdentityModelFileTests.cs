using ChildView.ChildProfile.Children.Matching;
using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Identifiers;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.UnitTests.IdentityResolution;

public sealed class IdentityModelFileTests
{
    private static readonly IReadOnlyList<IComparison> Comparisons = ComparisonSet.Standard(new AnyIdValidator());

    [Fact]
    public void A_trained_model_survives_the_round_trip_through_its_file()
    {
        var m = Comparisons.Select(c => Enumerable.Range(0, c.LevelNames.Count).Select(l => 0.1 + l / 100.0).ToArray()).ToArray();
        var u = Comparisons.Select(c => Enumerable.Range(0, c.LevelNames.Count).Select(l => 0.001 * (l + 1)).ToArray()).ToArray();

        var (parsedM, parsedU) = ModelFile.Parse(ModelFile.Serialise(new FellegiSunterModel(Comparisons, m, u, 0.01)), Comparisons);

        Assert.All(Enumerable.Range(0, m.Length), c =>
        {
            Assert.Equal(m[c], parsedM[c], (a, b) => Math.Abs(a - b) < 1e-6);
            Assert.Equal(u[c], parsedU[c], (a, b) => Math.Abs(a - b) < 1e-8);
        });
    }

    [Fact]
    public void A_model_file_missing_a_comparison_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => ModelFile.Parse("""{ "comparisons": [] }""", Comparisons));

        Assert.Contains("given_name", error.Message);
    }

    [Fact]
    public void A_model_file_missing_a_level_is_refused_by_name()
    {
        const string json = """{ "comparisons": [ { "name": "given_name", "levels": [ { "name": "exact", "m": 0.9, "u": 0.01 } ] } ] }""";

        var error = Assert.Throws<InvalidDataException>(() => ModelFile.Parse(json, Comparisons));

        Assert.Contains("jw>=0.92", error.Message);
    }

    [Fact]
    public void The_embedded_model_rewards_agreement_and_penalises_disagreement_on_every_comparison()
    {
        var model = ChildIdentityModel.Embedded.For(TermFrequencies.Of(6, new Dictionary<int, Dictionary<string, double>>()));

        for (var c = 0; c < model.Comparisons.Count; c++)
        {
            var levels = model.Comparisons[c].LevelNames.Count;
            Assert.True(model.LevelWeight(c, 0) > 0, $"{model.Comparisons[c].Name} exact");
            Assert.True(model.LevelWeight(c, levels - 1) < 0, $"{model.Comparisons[c].Name} else");
        }
    }

    [Theory]
    [InlineData("12a Acacia Avenue", "12a", "acacia avenue")]
    [InlineData("Rose Cottage", null, "rose cottage")]
    [InlineData("  7,  Mill Lane ", "7", "mill lane")]
    public void An_address_line_splits_into_house_number_and_street(string line, string? number, string street)
    {
        var address = IdentityRecords.Address(line, "Matlock");

        Assert.Equal((number, street, "matlock"), (address.StreetNumber, address.Street, address.Town));
    }

    [Fact]
    public void No_address_line_and_no_town_is_an_empty_address()
    {
        Assert.Equal(Address.Empty, IdentityRecords.Address(null, " "));
    }
}
