using ChildView.Linkage.Similarity;

namespace ChildView.UnitTests.Linkage;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)] // Winkler's published examples
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("same", "same", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    [InlineData("", "", 1.0)]
    [InlineData("a", "", 0.0)]
    public void Matches_published_values(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), precision: 3);

    [Fact]
    public void Shared_prefix_counts_for_at_most_four_characters()
    {
        // Jaro("abcdefgh","abcdefgx") = (7/8 + 7/8 + 1)/3 = 0.91667. Capped prefix 4 → 0.95; an uncapped prefix of 7 would give 0.975.
        Assert.Equal(0.91667, JaroWinkler.Jaro("abcdefgh", "abcdefgx"), precision: 4);
        Assert.Equal(0.95, JaroWinkler.Similarity("abcdefgh", "abcdefgx"), precision: 4);
    }

    [Fact]
    public void Is_symmetric() =>
        Assert.Equal(JaroWinkler.Similarity("dickson", "dixon"), JaroWinkler.Similarity("dixon", "dickson"), precision: 12);
}
