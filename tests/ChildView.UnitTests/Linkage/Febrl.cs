using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

/// <summary>The FEBRL benchmark files (LINKAGE_DATA overrides the shared location).</summary>
internal static class Febrl
{
    public static readonly string Directory =
        Environment.GetEnvironmentVariable("LINKAGE_DATA") ?? "/work/shared/benchmarks/linkage/febrl";

    public static IReadOnlyList<PersonRecord> Read(string file) =>
        CsvRecordReader.ReadFile(Path.Combine(Directory, file), ColumnMapping.Default);
}
