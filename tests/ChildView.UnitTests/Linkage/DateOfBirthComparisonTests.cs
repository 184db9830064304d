using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

public sealed class DateOfBirthComparisonTests
{
    [Theory]
    [InlineData("2015-03-04", "04/03/2015", DateOfBirthComparison.Exact)]
    [InlineData("2015-03-04", "2015-04-03", DateOfBirthComparison.DayMonthSwapped)]
    [InlineData("2015-03-04", "2015-03-05", DateOfBirthComparison.OnePartDifferent)]
    [InlineData("2015-03-04", "2016-03-04", DateOfBirthComparison.OnePartDifferent)]
    [InlineData("2015-03-04", "2016-07-04", DateOfBirthComparison.Different)]
    [InlineData("2015-03-04", "2015-09-21", DateOfBirthComparison.WithinAYear)]
    [InlineData("2015-12-30", "2016-01-02", DateOfBirthComparison.WithinAYear)]
    [InlineData("2015-03-04", "2024-11-21", DateOfBirthComparison.Different)]
    [InlineData("2015-03-04", "2025-11-21", DateOfBirthComparison.DecadeApart)]
    [InlineData("1985-06-12", "2012-02-01", DateOfBirthComparison.DecadeApart)] // a parent and a child
    [InlineData("20150304", "20150399", DateOfBirthComparison.OnePartDifferent)] // miskeyed, not a calendar date
    public void Levels(string a, string b, int expected) =>
        Assert.Equal(expected, DateOfBirthComparison.Level(DateParser.Parse(a), DateParser.Parse(b)));

    [Fact]
    public void One_part_missing_with_the_rest_equal()
    {
        var whole = DateParser.Parse("2015-03-04");
        var noDay = DateParser.FromParts(null, "3", "2015");
        Assert.Equal(DateOfBirthComparison.OnePartMissing, DateOfBirthComparison.Level(whole, noDay));
    }

    [Fact]
    public void Same_day_and_month_is_not_a_swap()
    {
        // 5 May swapped is still 5 May: exact, never "swapped".
        Assert.Equal(DateOfBirthComparison.Exact, DateOfBirthComparison.Level(DateParser.Parse("2015-05-05"), DateParser.Parse("2015-05-05")));
    }

    [Fact]
    public void Missing_date_is_no_evidence() =>
        Assert.Equal(IComparison.Missing, DateOfBirthComparison.Level(default, DateParser.Parse("2015-03-04")));

    [Fact]
    public void A_birthday_no_record_but_the_compared_two_holds_keeps_the_exact_levels_full_weight()
    {
        // Two records of one child among strangers born on other days: counting the pair itself, the shared
        // date's share is 2/10 — far above the average u — though no other record holds it.
        var child = People.Person("a", dob: "2015-03-04");
        var sameChild = People.Person("b", dob: "2015-03-04");
        var others = Enumerable.Range(1, 8).Select(i => People.Person($"o{i}", given: $"other{i}", dob: $"2014-01-{i:00}"));
        var records = new[] { child, sameChild }.Concat(others).ToList();
        IComparison[] comparisons = [new DateOfBirthComparison()];
        var model = new FellegiSunterModel(comparisons, [[0.9, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01]], [[0.001, 0.01, 0.01, 0.1, 0.1, 0.3, 0.479]], 0.01,
            TermFrequencies.Count(comparisons, records));
        byte[] exact = [DateOfBirthComparison.Exact];

        Assert.Equal(model.PriorWeight + model.LevelWeight(0, DateOfBirthComparison.Exact), model.MatchWeight(exact, child, sameChild), precision: 9);
    }
}
