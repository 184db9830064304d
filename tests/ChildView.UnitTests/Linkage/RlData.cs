using ChildView.Linkage.Evaluation;
using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

/// <summary>RLdata10000 (LINKAGE_RLDATA overrides the shared location): names and date of birth; truth in true_id, kept from the linker.</summary>
internal static class RlData
{
    public static readonly string Path =
        Environment.GetEnvironmentVariable("LINKAGE_RLDATA") ?? "/work/shared/benchmarks/linkage/rldata/rldata10000.csv";

    private static readonly ColumnMapping Mapping =
        ColumnMapping.Parse("id=id,given=fname_c1,family=lname_c1,dob_day=bd,dob_month=bm,dob_year=by,truth=true_id");

    private static readonly Lazy<PersonTable> Table = new(() => CsvRecordReader.ReadTable(Path, Mapping, ["NA"]));

    public static IReadOnlyList<PersonRecord> Read() => Table.Value.Records;

    public static HashSet<(string, string)> TruePairs(IReadOnlyList<PersonRecord> records)
    {
        var entityOf = Table.Value.Records.Select((r, i) => (r.Id, Entity: Table.Value.Truth![i]!)).ToDictionary(r => r.Id, r => r.Entity);
        return ChildView.Linkage.Evaluation.TruePairs.Within(records.GroupBy(r => entityOf[r.Id], r => r.Id));
    }
}
