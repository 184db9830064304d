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
    [InlineData("lan", "lna", false)]     // a slip after the first letter, even in a short name
    [InlineData("zoe", "zoey", false)]    // Zoe's record mistyped is Zoe …
    [InlineData("amelia", "zoey", true)]  // … and not her twin Amelia
    [InlineData("isabelle", "isobel", false)]
    [InlineData("olivia", "liv", false)]
    public void Only_clearly_different_given_names_make_twins(string given, string other, bool twins)
    {
        var child = People.Person(id: "a", given: given);
        var sibling = People.Person(id: "b", given: other);
        Assert.Equal(twins, new TwinGuard(Comparisons).LooksLikeTwins(Levels(child, sibling), child, sibling));
    }

    [Fact]
    public void Twins_are_recognised_when_one_record_lacks_the_day_of_birth()
    {
        var emily = People.Person(id: "a", given: "emily") with { DateOfBirth = new PartialDate(null, 11, 2007) };
        var charlotte = People.Person(id: "b", given: "charlotte", dob: "20071124");
        Assert.True(new TwinGuard(Comparisons).LooksLikeTwins(Levels(emily, charlotte), emily, charlotte));
    }

    [Fact]
    public void Twins_are_recognised_when_one_record_holds_its_names_the_other_way_round()
    {
        var arthur = People.Person(id: "a", given: "arthur", surname: "chatingshaw");
        var alfie = People.Person(id: "b", given: "chatingshaw", surname: "alfie");
        Assert.True(new TwinGuard(Comparisons).LooksLikeTwins(Levels(arthur, alfie), arthur, alfie));
    }

    [Fact]
    public void Alike_names_with_two_valid_nhs_numbers_are_twins_but_the_same_name_is_not()
    {
        var lauren = People.Person(id: "a", given: "lauren", strongId: "9434765919");
        var laura = People.Person(id: "b", given: "laura", strongId: "4010232137");
        var laurenAgain = People.Person(id: "c", given: "lauren", strongId: "4010232137");
        Assert.True(new TwinGuard(Comparisons).LooksLikeTwins(Levels(lauren, laura), lauren, laura));
        Assert.False(new TwinGuard(Comparisons).LooksLikeTwins(Levels(lauren, laurenAgain), lauren, laurenAgain));
    }

    [Fact]
    public void A_twins_nhs_number_copied_onto_the_other_twins_record_does_not_make_them_one_child()
    {
        var muhammad = People.Person(id: "a", given: "muhammad", strongId: "9434765919");
        var michal = People.Person(id: "b", given: "michal", strongId: "9434765919");
        Assert.True(new TwinGuard(Comparisons).LooksLikeTwins(Levels(muhammad, michal), muhammad, michal));
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
