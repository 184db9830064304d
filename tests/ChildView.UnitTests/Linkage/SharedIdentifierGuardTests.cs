using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Identifiers;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

public sealed class SharedIdentifierGuardTests
{
    private static readonly IReadOnlyList<IComparison> Comparisons = ComparisonSet.Standard(new NhsNumberValidator());

    private static byte[] Levels(PersonRecord a, PersonRecord b) => [.. Comparisons.Select(c => ComparisonVectors.Encode(c.Compare(a, b)))];

    [Fact]
    public void Same_nhs_number_on_a_girl_born_2012_and_a_boy_born_2022_is_at_most_possible()
    {
        var girl = People.Person(id: "a", dob: "20120610", sex: "f", strongId: "9434765919");
        var boy = People.Person(id: "b", dob: "20220301", sex: "m", strongId: "9434765919");
        Assert.Equal(MatchDecision.Possible, new SharedIdentifierGuard(Comparisons).Apply(MatchDecision.Match, Levels(girl, boy), girl, boy));
    }

    [Fact]
    public void Same_day_and_month_ten_years_apart_with_conflicting_sex_is_at_most_possible()
    {
        var girl = People.Person(id: "a", dob: "20120610", sex: "f", strongId: "9434765919");
        var boy = People.Person(id: "b", dob: "20220610", sex: "m", strongId: "9434765919");
        Assert.Equal(MatchDecision.Possible, new SharedIdentifierGuard(Comparisons).Apply(MatchDecision.Match, Levels(girl, boy), girl, boy));
    }

    [Fact]
    public void An_identifier_agreeing_with_a_mistyped_birthday_still_links()
    {
        var child = People.Person(id: "a", dob: "20120610", sex: "f", strongId: "9434765919");
        var mistyped = People.Person(id: "b", dob: "20120601", sex: "f", strongId: "9434765919");
        Assert.Equal(MatchDecision.Match, new SharedIdentifierGuard(Comparisons).Apply(MatchDecision.Match, Levels(child, mistyped), child, mistyped));
    }
}
