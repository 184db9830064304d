using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Assessments;

namespace ChildView.UnitTests.Domains.SocialCare;

public sealed class AssessmentFactorTests
{
    private static IReadOnlyDictionary<string, string[]> Errors(IReadOnlyList<string>? factors, bool required = false) =>
        new ValidationErrors().ValidateFactors("factors", factors, required).ToDictionary();

    [Fact]
    public void The_code_set_is_the_census_list_of_42_factors()
    {
        string[] expected =
        [
            "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C",
            "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A",
            "18B", "18C", "19B", "19C", "20", "21", "22A", "23A", "24A",
        ];

        Assert.True(AssessmentFactors.All.SetEquals(expected), string.Join(",", AssessmentFactors.All.Order()));
        Assert.Equal(42, AssessmentFactors.All.Count);
    }

    [Theory]
    [InlineData("1A")]
    [InlineData("3B")]
    [InlineData("6C")]
    [InlineData("8F")]
    [InlineData("18B")]
    [InlineData("19C")]
    [InlineData("20")]
    [InlineData("24A")]
    public void A_census_factor_is_valid(string factor)
    {
        Assert.Empty(Errors([factor]));
    }

    [Theory]
    [InlineData("7B", "7A")] // young carer concerns the child only
    [InlineData("8A", "8B")] // private fostering has no A
    [InlineData("18A", "18B")] // physical abuse is by an adult
    [InlineData("19A", "19B")]
    [InlineData("1D", "1A, 1B, 1C")]
    [InlineData("20A", "recorded as 20")]
    [InlineData("21A", "recorded as 21")]
    [InlineData("9B", "9A")]
    public void A_suffix_the_census_does_not_allow_is_rejected_with_the_allowed_forms(string factor, string explained)
    {
        var message = Assert.Single(Errors(["3B", factor])["factors[1]"]);

        Assert.Contains(explained, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("25A")]
    [InlineData("0A")]
    [InlineData("3b")]
    [InlineData("A3")]
    [InlineData("")]
    public void Something_that_is_not_a_factor_is_rejected(string factor)
    {
        Assert.True(Errors([factor]).ContainsKey("factors[0]"));
    }

    [Fact]
    public void No_factors_identified_stands_alone()
    {
        Assert.Empty(Errors([AssessmentFactors.NoFactorsIdentified]));
        Assert.Contains("cannot be combined", Assert.Single(Errors(["21", "3B"])["factors"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_is_recorded_once()
    {
        Assert.Contains("repeated: 4B", Assert.Single(Errors(["4B", "3A", "4B"])["factors"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_are_optional_until_required_and_then_need_at_least_one()
    {
        Assert.Empty(Errors(null));
        Assert.Empty(Errors([]));
        Assert.True(Errors([], required: true).ContainsKey("factors"));
        Assert.True(Errors(null, required: true).ContainsKey("factors"));
    }

    [Fact]
    public void More_factors_than_exist_is_rejected()
    {
        List<string> tooMany = [.. AssessmentFactors.All, "1A"];

        Assert.Equal(["At most 42 factors."], Errors(tooMany)["factors"]);
    }
}
