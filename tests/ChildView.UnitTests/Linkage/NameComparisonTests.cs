using ChildView.Linkage.Comparisons;

namespace ChildView.UnitTests.Linkage;

public sealed class NameComparisonTests
{
    [Theory]
    [InlineData("martha", "martha", NameComparison.Exact)]
    [InlineData("martha", "marhta", NameComparison.Close)]      // 0.961
    [InlineData("jonathon", "jonathan", NameComparison.Close)]
    [InlineData("stephen", "steven", NameComparison.Similar)]   // 0.894: ≥ 0.88, < 0.92
    [InlineData("dixon", "dickson", NameComparison.Different)]  // 0.832
    [InlineData("j", "james", NameComparison.InitialOrNickname)]
    [InlineData("bill", "william", NameComparison.InitialOrNickname)]
    [InlineData("emily", "jack", NameComparison.Different)]
    [InlineData(null, "jack", IComparison.Missing)]
    [InlineData("zoe", "zoë", NameComparison.Close)]             // a system without the accent
    [InlineData("mohammed", "muhammad", NameComparison.Close)]   // a transliteration, 0.77 by Jaro–Winkler
    [InlineData("isabelle", "isobel", NameComparison.Close)]
    [InlineData("o brien", "obrien", NameComparison.Close)]
    [InlineData("harrison jones", "jones", NameComparison.Close)] // a double surname held in part
    [InlineData("olivia", "liv", NameComparison.InitialOrNickname)]
    [InlineData("jakub", "kuba", NameComparison.InitialOrNickname)]
    public void Levels(string? a, string? b, int expected) => Assert.Equal(expected, NameComparison.Level(a, b));

    [Fact]
    public void Given_name_and_surname_swapped_between_records_is_its_own_level()
    {
        var a = People.Person(given: "nikita", surname: "mcgregor");
        var b = People.Person(given: "mcgregor", surname: "nikita");
        Assert.Equal(NameComparison.Swapped, NameComparison.GivenName().Compare(a, b));
        Assert.Equal(NameComparison.Swapped, NameComparison.Surname().Compare(a, b));
    }
}
