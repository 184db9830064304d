using ChildView.Linkage;
using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Evaluation;
using ChildView.Linkage.Model;

namespace ChildView.UnitTests.Linkage;

/// <summary>
/// RLdata10000 has no address, sex or id: a pair rests on names and date of birth, so it exposes a model
/// that over-weighs a shared birthday or learns "same name" instead of "same person".
/// </summary>
public sealed class RlDataModelTests
{
    private static readonly Lazy<(LinkageResult Result, HashSet<(string, string)> Truth, double ExactDobShare)> Run = new(() =>
    {
        var records = RlData.Read();
        var sameDay = records.GroupBy(r => r.DateOfBirth).Sum(g => (double)g.Count() * (g.Count() - 1)) / ((double)records.Count * (records.Count - 1));
        return (new LinkageEngine().Dedupe(records), RlData.TruePairs(records), sameDay);
    });

    private static int Dob(FellegiSunterModel model) => ComparisonSet.Require(model.Comparisons, c => c is DateOfBirthComparison, "date of birth");

    [Fact]
    public void Exact_date_of_birth_u_never_falls_below_the_share_of_pairs_born_the_same_day()
    {
        var (result, _, sameDay) = Run.Value;
        Assert.True(result.Model.U[Dob(result.Model)][DateOfBirthComparison.Exact] >= sameDay * 0.999,
            $"u(exact dob) {result.Model.U[Dob(result.Model)][0]:G3} below the data's own {sameDay:G3}\n{result.Model}");
    }

    [Fact]
    public void The_fitted_match_class_is_the_same_person_not_the_same_name()
    {
        var model = Run.Value.Result.Model;
        var given = ComparisonSet.Require(model.Comparisons, c => c is NameComparison { Fields: PersonField.GivenName }, "given name");
        Assert.True(model.M[Dob(model)][DateOfBirthComparison.Exact] >= 0.5, model.ToString());
        Assert.True(model.LevelWeight(given, NameComparison.Exact) >= model.LevelWeight(given, NameComparison.Close), model.ToString());
    }

    [Fact]
    public void Strangers_born_the_same_day_are_never_linked()
    {
        var result = Run.Value.Result;
        var records = RlData.Read();
        var strangers = result.Matches.Where(p =>
            records[p.Left].DateOfBirth == records[p.Right].DateOfBirth
            && NameComparison.Level(records[p.Left].GivenName, records[p.Right].GivenName) == NameComparison.Different
            && NameComparison.Level(records[p.Left].Surname, records[p.Right].Surname) == NameComparison.Different).ToList();
        Assert.Empty(strangers);
    }

    [Fact]
    public void Auto_links_on_rldata_are_precise()
    {
        var (result, truth, _) = Run.Value;
        var score = PairwiseScore.Of(result.Matches.Select(p => (p.LeftId, p.RightId)), truth);
        Assert.True(score.Precision >= 0.995, $"RLdata {score}\n{result.Model}");
    }

    [Fact]
    public void The_model_knows_its_own_precision_and_recall_on_rldata()
    {
        var (result, truth, _) = Run.Value;
        var score = PairwiseScore.Of(result.Matches.Select(p => (p.LeftId, p.RightId)), truth);
        Assert.InRange(result.Expectation.Precision - score.Precision, -0.01, 0.01);
        Assert.InRange(result.Expectation.Recall - score.Recall, -0.05, 0.05);
    }

    [Fact]
    public void Duplicates_with_one_typo_in_a_name_and_the_same_birthday_are_linked()
    {
        // 575 of RLdata's pairs have a typo in one name and nothing else wrong; none of them is two people.
        // Counting the pair itself as evidence of a common birthday left most of them just under 0.99.
        var (result, truth, _) = Run.Value;
        var score = PairwiseScore.Of(result.Matches.Select(p => (p.LeftId, p.RightId)), truth);
        Assert.True(score.Recall >= 0.57, $"RLdata {score}\n{result.Model}");
    }
}
