using ChildView.Contracts.Identifiers;
using ChildView.SyntheticCounty;

namespace ChildView.UnitTests.SyntheticCounty;

public sealed class CountyGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 9, 1);
    private static readonly Lazy<County> Large = new(() => new CountyGenerator().Generate(20_000, seed: 42, Today));

    private static IReadOnlyList<SyntheticChild> Children => Large.Value.Children.ToList();

    [Fact]
    public void The_same_seed_gives_the_same_county_and_another_seed_another()
    {
        var a = new CountyGenerator().Generate(500, seed: 7, Today).Children.ToList();
        var b = new CountyGenerator().Generate(500, seed: 7, Today).Children.ToList();
        var c = new CountyGenerator().Generate(500, seed: 8, Today).Children.ToList();

        Assert.Equal(a, b);
        Assert.NotEqual(a.Select(x => x.GivenName + x.FamilyName), c.Select(x => x.GivenName + x.FamilyName));
    }

    [Fact]
    public void Generates_exactly_the_children_asked_for()
    {
        Assert.Equal(20_000, Children.Count);
        Assert.Equal(Children.Count, Children.Select(c => c.Key).Distinct().Count());
    }

    [Theory]
    [InlineData("referred", 0.04, 0.075)]
    [InlineData("protection", 0.007, 0.016)]
    [InlineData("looked-after", 0.003, 0.009)]
    [InlineData("youth-justice", 0.01, 0.025)]
    [InlineData("persistent-absence-of-pupils", 0.15, 0.25)]
    public void Service_involvement_runs_at_realistic_rates(string measure, double low, double high)
    {
        var pupils = Children.Where(c => c.Involvement.OnSchoolRoll).ToList();
        var rate = measure switch
        {
            "referred" => Children.Count(c => c.Involvement.ReferredThisYear) / (double)Children.Count,
            "protection" => Children.Count(c => c.Involvement.OnChildProtectionPlan) / (double)Children.Count,
            "looked-after" => Children.Count(c => c.Involvement.LookedAfter) / (double)Children.Count,
            "youth-justice" => Children.Count(c => c.Involvement.KnownToYouthJustice) / (double)Children.Count,
            _ => pupils.Count(c => c.Involvement.PersistentlyAbsent) / (double)pupils.Count,
        };

        Assert.InRange(rate, low, high);
    }

    [Fact]
    public void Every_strong_identifier_is_checksum_valid_and_unique()
    {
        var upns = Children.Where(c => c.Upn is not null).Select(c => c.Upn!).ToList();
        var nhs = Children.Where(c => c.NhsNumber is not null).Select(c => c.NhsNumber!).ToList();

        Assert.All(upns, upn => Assert.True(UniquePupilNumber.IsValid(upn), upn));
        Assert.All(nhs, number => Assert.True(NhsNumber.IsValid(number), number));
        Assert.Equal(upns.Count, upns.Distinct().Count());
        Assert.Equal(nhs.Count, nhs.Distinct().Count());
        Assert.InRange(nhs.Count / (double)Children.Count, 0.65, 0.75);
    }

    [Fact]
    public void Only_school_age_children_are_pupils_and_only_ten_to_seventeen_year_olds_are_known_to_youth_justice()
    {
        static int Age(SyntheticChild c) => Today.Year - c.DateOfBirth.Year - (Today.DayOfYear < c.DateOfBirth.DayOfYear ? 1 : 0);

        Assert.All(Children, child =>
        {
            Assert.InRange(Age(child), 0, 17);
            if (child.Involvement.OnSchoolRoll)
            {
                Assert.InRange(Age(child), 4, 16);
            }

            if (child.Involvement.KnownToYouthJustice)
            {
                Assert.InRange(Age(child), 10, 17);
            }
        });
    }

    [Fact]
    public void Twins_share_birthday_surname_and_address_but_never_a_given_name()
    {
        var households = Large.Value.Households.Where(h => h.Children.Count(c => c.IsTwin) >= 2).ToList();

        Assert.NotEmpty(households);
        foreach (var household in households)
        {
            var twins = household.Children.Where(c => c.IsTwin).GroupBy(c => c.DateOfBirth).Where(g => g.Count() >= 2).SelectMany(g => g).ToList();
            Assert.NotEmpty(twins);
            Assert.Single(twins.Select(t => t.FamilyName).Distinct());
            Assert.Equal(household.Children.Count, household.Children.Select(c => c.GivenName).Distinct().Count());
        }
    }

    [Fact]
    public void Need_clusters_in_households_so_siblings_are_referred_together_more_than_by_chance()
    {
        var withSiblings = Large.Value.Households.Where(h => h.Children.Count >= 2).ToList();
        var referredRate = Children.Count(c => c.Involvement.ReferredThisYear) / (double)Children.Count;
        var siblingOfReferred = withSiblings
            .Where(h => h.Children.Any(c => c.Involvement.ReferredThisYear))
            .SelectMany(h => h.Children.Skip(1))
            .ToList();

        var rateAmongSiblings = siblingOfReferred.Count(c => c.Involvement.ReferredThisYear) / (double)siblingOfReferred.Count;

        Assert.True(rateAmongSiblings > 2 * referredRate, $"siblings {rateAmongSiblings:P1} vs all {referredRate:P1}");
    }
}
