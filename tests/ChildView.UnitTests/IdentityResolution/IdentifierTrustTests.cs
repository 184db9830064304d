using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Children.Matching;

namespace ChildView.UnitTests.IdentityResolution;

/// <summary>When an identifier two records share is contradicted by the identities carrying it.</summary>
public sealed class IdentifierTrustTests
{
    private static SourceLink Carrying(string dateOfBirth, string? sex) => new()
    {
        SourceSystem = "socialcare", LocalId = Guid.NewGuid().ToString("N"), NhsNumber = "9434765919", DateOfBirth = DateOnly.Parse(dateOfBirth), Sex = sex,
    };

    [Fact]
    public void A_girl_born_ten_years_before_the_boy_holding_her_number_contradicts_it_on_both_counts()
    {
        var contradictions = IdentifierTrust.Contradictions(Carrying("2012-07-02", "F"), Carrying("2022-03-14", "M"));

        Assert.Equal(["dob", "sex"], contradictions.Select(c => c.Comparison));
    }

    [Theory]
    [InlineData("2013-04-17", "F", "2013-04-17", "F")]
    [InlineData("2013-04-17", "F", "2013-05-04", "F")]
    [InlineData("2013-04-17", "F", "2014-04-17", "F")]
    [InlineData("2013-04-17", "U", "2013-04-17", "M")]
    [InlineData("2013-04-17", null, "2013-04-17", "M")]
    public void Slips_in_a_day_month_or_year_digit_and_unknown_sexes_do_not_contradict(string dob, string? sex, string otherDob, string? otherSex)
    {
        Assert.Empty(IdentifierTrust.Contradictions(Carrying(dob, sex), Carrying(otherDob, otherSex)));
    }

    [Theory]
    [InlineData("2013-04-17", "F", "2015-04-17", "F", "dob")]
    [InlineData("2013-04-17", "F", "2013-04-17", "m", "sex")]
    public void Years_apart_or_male_against_female_each_contradict_alone(string dob, string sex, string otherDob, string otherSex, string comparison)
    {
        Assert.Equal([comparison], IdentifierTrust.Contradictions(Carrying(dob, sex), Carrying(otherDob, otherSex)).Select(c => c.Comparison));
    }
}
