using ChildView.Migration.Mapping;
using ChildView.Migration.Pipeline;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Migration;

/// <summary>A temporary folder with legacy files, and the sample mappings under a source name unique to the test.</summary>
internal sealed class MigrationWorkspace : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("childview-migration-").FullName;

    public static SourceMapping Sample(string file, string source) =>
        MappingLoader.Load(Path.Combine(RepositoryRoot.Path, "tools", "ChildView.Migration", "samples", file)) with { Source = source };

    public static string UniqueSource(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public string WriteCsv(string name, params string[] lines)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public MigrationOptions Options(string input, SourceMapping mapping, string connection, int batchRows = 25_000) => new()
    {
        InputPath = input,
        Mapping = mapping,
        TargetConnection = connection,
        OutputDirectory = Path.Combine(Folder, "out-" + Guid.NewGuid().ToString("N")[..6]),
        BatchRows = batchRows,
        Match = false,
    };

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
