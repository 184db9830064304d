using ChildView.Linkage;
using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Identifiers;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

public sealed class TwinGuardTests
{
    private static readonly IReadOnlyList<IComparison> Comparisons = ComparisonSet.Standard(new NhsNumberValidator());

    [Fact]
    public void Twins_are_recognised_from_their_comparison_levels()
    {
        var twin1 = People.Person(id: "a", given: "jack", strongId: "9434765919");
        var twin2 = People.Person(id: "b", given: "emily", strongId: "4010232137");
        Assert.True(new TwinGuard(Comparisons).LooksLikeTwins(Levels(twin1, twin2), twin1, twin2));
    }

    [Theory]
    [InlineData("jack", "jakc", false)]
    [InlineData("jack", "jeck", false)]   // one slip in a short name: Jaro–Winkler 0.85, below every name level
    [InlineData("noah", "nosh", false)]
    [InlineData("freya", "greya", false)] // first letter mistyped: no common prefix for Jaro–Winkler to reward
    [InlineData("eva", "ava", true)]      // names this short one letter apart are often both real
    public void Only_clearly_different_given_names_make_twins(string given, string other, bool twins)
    {
        var child = People.Person(id: "a", given: given);
        var sibling = People.Person(id: "b", given: other);
        Assert.Equal(twins, new TwinGuard(Comparisons).LooksLikeTwins(Levels(child, sibling), child, sibling));
    }

    [Fact]
    public void Same_birthday_and_surname_at_another_address_is_not_taken_for_twins()
    {
        var child = People.Person(id: "a", given: "jack");
        var elsewhere = People.Person(id: "b", given: "emily", postcode: "S1 4XY", number: "3", street: "ecclesall road", town: "sheffield");
        Assert.False(new TwinGuard(Comparisons).LooksLikeTwins(Levels(child, elsewhere), child, elsewhere));
    }

    [Fact]
    public void Twins_added_to_a_real_linkage_are_not_matched_but_the_true_record_is()
    {
        var left = Febrl.Read("dataset4a.csv");
        var right = Febrl.Read("dataset4b.csv").ToList();
        var original = left.First(r => r.GivenName is not null && r.StrongId is not null && !r.DateOfBirth.IsEmpty);
        var twin = original with { Id = "twin-of-" + original.Id, GivenName = original.GivenName == "zoe" ? "max" : "zoe", StrongId = "0000001" };
        right.Add(twin);

        var result = new LinkageEngine().Link(left, right);

        var twinPair = result.Pairs.Single(p => p.LeftId == original.Id && p.RightId == twin.Id);
        Assert.NotEqual(MatchDecision.Match, twinPair.Decision);
        Assert.Contains(result.Matches, p => p.LeftId == original.Id && FebrlEntity(p.RightId) == FebrlEntity(original.Id));
    }

    private static string FebrlEntity(string id) => ChildView.Linkage.Evaluation.FebrlGroundTruth.EntityOf(id);

    private static byte[] Levels(PersonRecord a, PersonRecord b) =>
        [.. Comparisons.Select(c => ComparisonVectors.Encode(c.Compare(a, b)))];
}
