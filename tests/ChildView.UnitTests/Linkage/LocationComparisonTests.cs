using ChildView.Linkage.Comparisons;

namespace ChildView.UnitTests.Linkage;

public sealed class LocationComparisonTests
{
    private readonly LocationComparison location = new();

    [Fact]
    public void Same_postcode_and_street() =>
        Assert.Equal(LocationComparison.PostcodeAndStreet, location.Compare(People.Person(), People.Person(street: "cardigan rd")));

    [Fact]
    public void Same_postcode_different_house() =>
        Assert.Equal(LocationComparison.PostcodeOnly, location.Compare(People.Person(), People.Person(number: "14")));

    [Fact]
    public void Same_street_with_miskeyed_postcode() =>
        Assert.Equal(LocationComparison.StreetOnly, location.Compare(People.Person(), People.Person(postcode: "LS6 2BA")));

    [Fact]
    public void Same_postcode_district() =>
        Assert.Equal(LocationComparison.SameArea, location.Compare(People.Person(), People.Person(postcode: "LS6 9ZZ", street: "otley road", number: "1", town: "headingley")));

    [Fact]
    public void Elsewhere() =>
        Assert.Equal(LocationComparison.Different, location.Compare(People.Person(), People.Person(postcode: "M1 1AA", street: "oxford road", number: "1", town: "manchester")));

    [Fact]
    public void No_location_on_one_side_is_no_evidence() =>
        Assert.Equal(IComparison.Missing, location.Compare(People.Person(), People.Person(postcode: null, street: null, number: null, town: null)));

    [Theory]
    [InlineData("LS62AB", "LS6")]
    [InlineData("SW1A1AA", "SW1A")]
    [InlineData("4011", "401")]
    public void Outward_code(string postcode, string expected) => Assert.Equal(expected, LocationComparison.OutwardCode(postcode));
}
