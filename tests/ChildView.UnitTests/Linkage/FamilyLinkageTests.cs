using ChildView.Linkage;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

/// <summary>
/// People who share a household share most of the evidence. Each test adds one such look-alike to a real
/// linkage (FEBRL4, so the model is trained as usual) and checks it is not linked automatically.
/// </summary>
public sealed class FamilyLinkageTests
{
    private static (IReadOnlyList<PersonRecord> Left, List<PersonRecord> Right, PersonRecord Original) Febrl4()
    {
        var left = Febrl.Read("dataset4a.csv").ToList();
        var right = Febrl.Read("dataset4b.csv").ToList();
        var original = left.First(r => r.GivenName is not null && r.Surname is not null && r.Postcode is not null && r.DateOfBirth.Year is > 1950);
        return (left, right, original);
    }

    private static ScoredPair PairOf(LinkageResult result, PersonRecord a, PersonRecord b) =>
        result.Pairs.Single(p => p.LeftId == a.Id && p.RightId == b.Id);

    [Theory]
    [InlineData(25, 0)]  // same day and month: only the year differs
    [InlineData(30, 3)]
    public void A_parent_and_child_sharing_names_and_address_are_not_linked(int yearsLater, int monthsLater)
    {
        var (left, right, parent) = Febrl4();
        var dob = parent.DateOfBirth;
        var month = (dob.Month!.Value + monthsLater - 1) % 12 + 1;
        var child = parent with { Id = "child-of-" + parent.Id, DateOfBirth = new PartialDate(Math.Min(dob.Day!.Value, 28), month, dob.Year + yearsLater), StrongId = null };
        right.Add(child);

        var result = new LinkageEngine().Link(left, right);

        Assert.NotEqual(MatchDecision.Match, PairOf(result, parent, child).Decision);
    }

    [Fact]
    public void A_shared_identifier_with_conflicting_birth_year_and_sex_goes_to_review_not_a_link()
    {
        var (left, right, original) = Febrl4();
        var girl = original with { Sex = "f", DateOfBirth = new PartialDate(10, 6, 2012) };
        var boy = original with { Id = "shared-id-" + original.Id, GivenName = original.GivenName, Sex = "m", DateOfBirth = new PartialDate(10, 6, 2022) };
        var leftWithGirl = left.Select(r => r.Id == original.Id ? girl : r).ToList();
        right.Add(boy);

        var result = new LinkageEngine().Link(leftWithGirl, right);

        Assert.NotEqual(MatchDecision.Match, PairOf(result, girl, boy).Decision);
    }

    [Fact]
    public void A_namesake_parent_recorded_without_a_date_of_birth_is_not_linked_to_the_child()
    {
        var (left, right, child) = Febrl4();
        var parent = child with { Id = "parent-of-" + child.Id, DateOfBirth = new PartialDate(null, null, null), StrongId = null };
        right.Add(parent);

        var result = new LinkageEngine().Link(left, right);

        Assert.NotEqual(MatchDecision.Match, PairOf(result, child, parent).Decision);
    }

    [Fact]
    public void A_sibling_two_years_younger_with_a_date_typo_and_the_same_id_is_not_linked()
    {
        var (left, right, _) = Febrl4();
        var child = left.First(r => r.GivenName is not null && r.Surname is not null && r.Postcode is not null && r.StrongId is not null && r.DateOfBirth.Year is > 1950);
        var dob = child.DateOfBirth;
        // The sibling's record carries the child's id: copied from the wrong record.
        var sibling = child with
        {
            Id = "sibling-of-" + child.Id,
            GivenName = child.GivenName == "jack" ? "emily" : "jack",
            DateOfBirth = new PartialDate(dob.Day % 28 + 1, dob.Month, dob.Year + 2),
        };
        right.Add(sibling);

        var result = new LinkageEngine().Link(left, right);

        Assert.Equal(MatchDecision.NonMatch, PairOf(result, child, sibling).Decision);
    }

    [Fact]
    public void A_sibling_recorded_by_initial_and_born_years_later_is_not_linked()
    {
        var (left, right, child) = Febrl4();
        var dob = child.DateOfBirth;
        var sibling = child with { Id = "sibling-of-" + child.Id, GivenName = child.GivenName![..1], DateOfBirth = new PartialDate(dob.Day % 28 + 1, dob.Month % 12 + 1, dob.Year + 4), StrongId = null };
        right.Add(sibling);

        var result = new LinkageEngine().Link(left, right);

        Assert.NotEqual(MatchDecision.Match, PairOf(result, child, sibling).Decision);
    }

    [Fact]
    public void A_parent_recorded_without_a_date_of_birth_is_linked_in_a_household_whose_children_are_dated()
    {
        var (left, right, _) = Febrl4();
        var home = new Address("7", "ashbourne road", null, "belper");
        var father = new PersonRecord("father", "callum", "pendleworth", new PartialDate(12, 3, 1971), "m", "DE56 1AB", home, null);
        var daughter = new PersonRecord("daughter", "ruby", "pendleworth", new PartialDate(2, 9, 2004), "f", "DE56 1AB", home, null);
        var undatedFather = father with { Id = "father-undated", DateOfBirth = default };
        var withFamily = left.Append(father).Append(daughter).ToList();
        right.Add(undatedFather);

        var result = new LinkageEngine().Link(withFamily, right);

        Assert.Equal(MatchDecision.Match, PairOf(result, father, undatedFather).Decision);
        Assert.NotEqual(MatchDecision.Match, PairOf(result, daughter, undatedFather).Decision);
    }
}
