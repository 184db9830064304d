using ChildView.Linkage.Generation;

namespace ChildView.Linkage.Cli;

/// <summary>
/// Writes a seeded population's records (see <see cref="PopulationGenerator"/>) as CSV with their truth
/// (<see cref="PopulationCsv"/>): the default mapping reads it back.
/// </summary>
public static class GeneratedPeopleCsv
{
    public static int Write(string path, int records, int seed)
    {
        using var writer = new StreamWriter(path);
        return PopulationCsv.Write(writer, new PopulationGenerator(new PopulationOptions { People = int.MaxValue, Seed = seed }).Records().Take(records));
    }
}
