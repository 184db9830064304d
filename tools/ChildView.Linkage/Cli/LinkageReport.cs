using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Model;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Cli;

/// <summary>What link and dedupe write once the engine has run: the links file, the model, a summary line and, with truth columns, the score.</summary>
public sealed class LinkageReport
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TextWriter _output;
    private readonly string _linksPath;
    private readonly string? _modelPath;

    private LinkageReport(TextWriter output, string linksPath, string? modelPath)
    {
        _output = output;
        _linksPath = linksPath;
        _modelPath = modelPath;
    }

    public static LinkageReport Start(ParseResult parsed, MatchingOptions matching) => new(
        parsed.InvocationConfiguration.Output,
        parsed.GetRequiredValue(matching.Out).FullName,
        parsed.GetValue(matching.ModelOut)?.FullName);

    /// <param name="right">For a dedupe, the same table as <paramref name="left"/>.</param>
    public void Write(LinkageResult result, string command, PersonTable left, PersonTable right)
    {
        var written = LinksCsvWriter.Write(_linksPath, result.Pairs);
        var records = ReferenceEquals(left, right) ? $"{left.Records.Count}" : $"{left.Records.Count}x{right.Records.Count}";
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{command}: records={records} candidates={result.CandidatePairs} matches={result.Count(MatchDecision.Match)} " +
            $"possible={result.Count(MatchDecision.Possible)} threshold={result.Policy?.MatchWeightThreshold:F2} written={written} -> {_linksPath} seconds={_clock.Elapsed.TotalSeconds:F2}"));
        if (TruthScore.Of(result, left, right) is { } score)
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"truth: true_pairs={score.TruePositives + score.FalseNegatives} precision={score.Precision:F4} recall={score.Recall:F4} f1={score.F1:F4}"));
        _output.WriteLine(result.Model);
        if (_modelPath is not null)
        {
            File.WriteAllText(_modelPath, ModelFile.Serialise(result.Model));
            _output.WriteLine($"model -> {_modelPath}");
        }
    }
}
