using System.CommandLine;
using ChildView.Linkage.Clustering;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Cli;

/// <summary><c>dedupe A.csv [--map M] --out links.csv [--clusters FILE]</c>: pairs within one source.</summary>
public static class DedupeCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("FILE") { Description = "CSV of the source, header first" };
        var map = ColumnMappingArgument.Option("--map", "FILE");
        var clusters = new Option<FileInfo?>("--clusters")
        {
            Description = "also write record_id,cluster (matches joined transitively)",
            HelpName = "FILE",
        };
        var matching = new MatchingOptions();
        var command = new Command("dedupe", "Find the people recorded more than once in one CSV source.")
        {
            input, map, clusters,
        };
        matching.AddTo(command);
        command.SetAction(parsed =>
        {
            var table = CsvRecordReader.ReadTable(parsed.GetRequiredValue(input).FullName, parsed.GetValue(map) ?? ColumnMapping.Default, parsed.GetValue(matching.Missing));
            var run = LinkageReport.Start(parsed, matching);
            var result = new LinkageEngine(matching.Linkage(parsed)).Dedupe(table.Records);
            if (parsed.GetValue(clusters) is { } clustersFile)
                WriteClusters(parsed.InvocationConfiguration.Output, clustersFile.FullName, table.Records, result);
            run.Write(result, "dedupe", table, table);
            return 0;
        });
        return command;
    }

    private static void WriteClusters(TextWriter output, string path, IReadOnlyList<PersonRecord> records, LinkageResult result)
    {
        var clusters = ConnectedComponents.Cluster(records.Count, result.Matches.Select(p => (p.Left, p.Right)));
        File.WriteAllLines(path, ["record_id,cluster", .. records.Select((r, i) => $"{r.Id},{records[clusters[i]].Id}")]);
        output.WriteLine($"clusters: {clusters.Distinct().Count()} people -> {path}");
    }
}
