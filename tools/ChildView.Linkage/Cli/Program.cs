using System.Diagnostics;
using ChildView.Linkage;
using ChildView.Linkage.Cli;
using ChildView.Linkage.Clustering;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

if (args is ["generate", ..])
{
    return GenerateCommand.Run(args);
}

CliArguments arguments;
try
{
    arguments = CliArguments.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(CliArguments.Usage);
    return 2;
}

var clock = Stopwatch.StartNew();
var inputs = arguments.Inputs.Select(path => CsvRecordReader.ReadFile(path, arguments.Mapping)).ToList();
var engine = new LinkageEngine(arguments.Options);
var result = arguments.Command == "link" ? engine.Link(inputs[0], inputs[1]) : engine.Dedupe(inputs[0]);
var written = LinksCsvWriter.Write(arguments.Output, result.Pairs);
if (arguments.ClustersOutput is { } clustersPath)
{
    var clusters = ConnectedComponents.Cluster(inputs[0].Count, result.Matches.Select(p => (p.Left, p.Right)));
    File.WriteAllLines(clustersPath, ["record_id,cluster", .. inputs[0].Select((r, i) => $"{r.Id},{inputs[0][clusters[i]].Id}")]);
    Console.WriteLine($"clusters: {clusters.Distinct().Count()} people -> {clustersPath}");
}

Console.WriteLine($"{arguments.Command}: records={string.Join("x", inputs.Select(i => i.Count))} candidates={result.CandidatePairs} " +
    $"matches={result.Count(MatchDecision.Match)} possible={result.Count(MatchDecision.Possible)} written={written} -> {arguments.Output} " +
    $"seconds={clock.Elapsed.TotalSeconds:F2}");
Console.WriteLine(result.Model);
if (arguments.ModelOutput is { } modelPath)
{
    File.WriteAllText(modelPath, ModelFile.Serialise(result.Model));
    Console.WriteLine($"model -> {modelPath}");
}

return 0;
