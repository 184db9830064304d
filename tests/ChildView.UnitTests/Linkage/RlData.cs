using ChildView.Linkage.Evaluation;
using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

/// <summary>RLdata10000 (LINKAGE_RLDATA overrides the shared location): names and date of birth; truth in true_id, kept from the linker.</summary>
internal static class RlData
{
    public static readonly string Path =
        Environment.GetEnvironmentVariable("LINKAGE_RLDATA") ?? "/work/shared/benchmarks/linkage/rldata/rldata10000.csv";

    private static readonly ColumnMapping Mapping = new()
    {
        Id = "id", GivenName = "fname_c1", Surname = "lname_c1", DateOfBirth = null, DobDay = "bd", DobMonth = "bm", DobYear = "by",
        Sex = null, Postcode = null, StreetNumber = null, Street = null, Locality = null, Town = null, StrongId = null,
    };

    public static IReadOnlyList<PersonRecord> Read() => CsvRecordReader.ReadFile(Path, Mapping);

    public static HashSet<(string, string)> TruePairs(IReadOnlyList<PersonRecord> records)
    {
        var header = CsvRecordReader.SplitLine(File.ReadLines(Path).First());
        var (id, truth) = (Array.IndexOf(header, "id"), Array.IndexOf(header, "true_id"));
        var entityOf = File.ReadLines(Path).Skip(1).Where(line => line.Trim().Length > 0).Select(CsvRecordReader.SplitLine)
            .ToDictionary(fields => fields[id], fields => fields[truth]);
        return records.GroupBy(r => entityOf[r.Id])
            .SelectMany(group => group.SelectMany((a, i) => group.Skip(i + 1).Select(b => PairwiseScore.Ordered(a.Id, b.Id))))
            .ToHashSet();
    }
}
