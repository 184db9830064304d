namespace ChildView.Linkage.Generation;

/// <summary>
/// A seeded UK-shaped population and its services' records, household by household: streamed (nothing
/// but the current household is held), deterministic for a seed, and each record carrying its truth.
/// </summary>
public sealed class PopulationGenerator(PopulationOptions options)
{
    /// <summary>Households until <see cref="PopulationOptions.People"/> people have been made.</summary>
    public IEnumerable<Household> Households() => Households(new Random(options.Seed));

    /// <summary>Every record of the population, household by household.</summary>
    public IEnumerable<GeneratedRecord> Records()
    {
        // Two streams, so the households are the same whether or not their records are made (Households()).
        var copying = new Random(unchecked(options.Seed * 31 + 7));
        var copier = new RecordCopier(options);
        foreach (var household in Households())
            foreach (var record in copier.Copy(household, copying))
                yield return record;
    }

    /// <summary>The population of <paramref name="options"/>, held in memory with its truth.</summary>
    public static GeneratedPopulation Generate(PopulationOptions options) => new([.. new PopulationGenerator(options).Records()]);

    /// <summary>Exactly <paramref name="records"/> records of as many people as that takes.</summary>
    public static GeneratedPopulation GenerateRecords(int records, int seed = 20261205) =>
        new([.. new PopulationGenerator(new PopulationOptions { People = int.MaxValue, Seed = seed }).Records().Take(records)]);

    private IEnumerable<Household> Households(Random random)
    {
        var factory = new HouseholdFactory(options);
        var nextPersonId = 0;
        for (var householdId = 0; nextPersonId < options.People; householdId++)
        {
            var household = factory.Next(random, householdId, nextPersonId);
            nextPersonId += household.Members.Count;
            yield return household;
        }
    }
}
