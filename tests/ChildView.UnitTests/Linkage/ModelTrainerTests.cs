using ChildView.Linkage;
using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Generation;
using ChildView.Linkage.Identifiers;

namespace ChildView.UnitTests.Linkage;

public sealed class ModelTrainerTests
{
    [Fact]
    public void Siblings_found_by_the_household_blocking_rule_do_not_become_the_same_person()
    {
        // Surname-and-address blocks are households: EM there puts siblings born a few years apart into its match
        // class (a mean over the rules gave m 0.010 here, the other rules about 0.008). The generator's duplicates
        // are almost never years apart, so m at that level must stay small.
        var population = PopulationGenerator.Generate(new PopulationOptions { People = 20_000 });
        var result = new LinkageEngine(new LinkageOptions { StrongIds = new NhsNumberValidator() })
            .Dedupe(GeneratedPopulation.ToPersonRecords(population.Records));
        var dob = ComparisonSet.Require(result.Model.Comparisons, c => c is DateOfBirthComparison, "date of birth");
        Assert.True(result.Model.M[dob][DateOfBirthComparison.Different] < 0.009, result.Model.ToString());
    }
}
