using System.Text.Json;
using ChildView.Linkage.Comparisons;

namespace ChildView.Linkage.Model;

/// <summary>
/// A trained model's m and u probabilities as a reviewable JSON file, so a service can match one
/// record at a time with parameters learned (without labels) from a large batch. Term frequencies
/// and the prior are not stored: both depend on the population the model is applied to.
/// </summary>
public static class ModelFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Serialise(FellegiSunterModel model) => JsonSerializer.Serialize(
        new ModelDocument(model.Comparisons.Select((c, i) => new ComparisonDocument(
            c.Name, c.LevelNames.Select((level, l) => new LevelDocument(level, Math.Round(model.M[i][l], 6), Math.Round(model.U[i][l], 8))).ToList())).ToList()),
        Json);

    /// <summary>
    /// Parameters for <paramref name="comparisons"/>, matched by name and level name; a comparison or
    /// level the file lacks is an error, so a model can never silently score with defaults.
    /// </summary>
    public static (double[][] M, double[][] U) Parse(string json, IReadOnlyList<IComparison> comparisons)
    {
        var document = JsonSerializer.Deserialize<ModelDocument>(json, Json) ?? throw new InvalidDataException("The model file is empty.");
        var m = new double[comparisons.Count][];
        var u = new double[comparisons.Count][];
        for (var c = 0; c < comparisons.Count; c++)
        {
            var stored = document.Comparisons.SingleOrDefault(d => d.Name == comparisons[c].Name)
                ?? throw new InvalidDataException($"The model file has no comparison '{comparisons[c].Name}'.");
            var levels = comparisons[c].LevelNames.Select(name => stored.Levels.SingleOrDefault(l => l.Name == name)
                ?? throw new InvalidDataException($"The model file's '{stored.Name}' has no level '{name}'.")).ToList();
            m[c] = levels.Select(l => l.M).ToArray();
            u[c] = levels.Select(l => l.U).ToArray();
        }

        return (m, u);
    }

    private sealed record ModelDocument(IReadOnlyList<ComparisonDocument> Comparisons);

    private sealed record ComparisonDocument(string Name, IReadOnlyList<LevelDocument> Levels);

    private sealed record LevelDocument(string Name, double M, double U);
}
