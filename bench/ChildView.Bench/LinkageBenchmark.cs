using System.Diagnostics;
using System.Globalization;
using ChildView.Linkage;
using ChildView.Linkage.Evaluation;
using ChildView.Linkage.Generation;
using ChildView.Linkage.Records;

namespace ChildView.Bench;

/// <summary>
/// Record linkage on FEBRL 1–4 (dedupe sets 1–3, link 4a × 4b) and RLdata10000 (dedupe). Thresholds are
/// chosen without labels (the engine's default posterior); labels only score, and each line prints the
/// model's own expected precision and recall beside the measured ones.
/// Data directory: LINKAGE_DATA, default /work/shared/benchmarks/linkage/febrl.
/// </summary>
public sealed class LinkageBenchmark(BenchOptions options) : IBenchmark
{
    // Program constructs this benchmark without options; read them (e.g. --records N) from the command line.
    public LinkageBenchmark() : this(BenchOptions.Parse(Environment.GetCommandLineArgs().Skip(1)))
    {
    }

    private static readonly string DataDirectory =
        Environment.GetEnvironmentVariable("LINKAGE_DATA") ?? "/work/shared/benchmarks/linkage/febrl";

    // FEBRL's duplicate generator replaces whole given names and ids, so its true duplicates look
    // exactly like twins; the twin guard (on by default for ChildView) would mark them "possible".
    // Guard-on figures: LINKAGE_TWIN_GUARD=on.
    private static readonly LinkageOptions Options = new()
    {
        GuardTwins = Environment.GetEnvironmentVariable("LINKAGE_TWIN_GUARD") == "on",
    };

    public Task<string> RunAsync()
    {
        var lines = new List<string>
        {
            Dedupe("febrl1", "dataset1.csv"),
            Dedupe("febrl2", "dataset2.csv"),
            Dedupe("febrl3", "dataset3.csv"),
            Link("febrl4", "dataset4a.csv", "dataset4b.csv"),
            RlData(),
            Generated(options.Records),
        };
        return Task.FromResult(string.Join(Environment.NewLine, lines));
    }

    private static string Dedupe(string set, string file)
    {
        var records = Read(file);
        var clock = Stopwatch.StartNew();
        var result = new LinkageEngine(Options).Dedupe(records);
        var seconds = clock.Elapsed.TotalSeconds;
        return Line(set, result, FebrlGroundTruth.DedupePairs(records), seconds);
    }

    private static string Link(string set, string leftFile, string rightFile)
    {
        var (left, right) = (Read(leftFile), Read(rightFile));
        var clock = Stopwatch.StartNew();
        var result = new LinkageEngine(Options).Link(left, right);
        var seconds = clock.Elapsed.TotalSeconds;
        return Line(set, result, FebrlGroundTruth.LinkPairs(left, right), seconds);
    }

    /// <summary>
    /// RLdata10000 dedupe: names and date of birth only, so it shows how the model weighs a shared
    /// birthday. Truth (true_id) is read apart from the records, never shown to the linker.
    /// </summary>
    private static string RlData()
    {
        var path = Environment.GetEnvironmentVariable("LINKAGE_RLDATA") ?? Path.Combine(DataDirectory, "..", "rldata", "rldata10000.csv");
        var mapping = new ColumnMapping
        {
            Id = "id", GivenName = "fname_c1", Surname = "lname_c1", DateOfBirth = null, DobDay = "bd", DobMonth = "bm", DobYear = "by",
            Sex = null, Postcode = null, StreetNumber = null, Street = null, Locality = null, Town = null, StrongId = null,
        };
        var records = CsvRecordReader.ReadFile(path, mapping);
        var header = CsvRecordReader.SplitLine(File.ReadLines(path).First());
        var (idColumn, truthColumn) = (Array.IndexOf(header, "id"), Array.IndexOf(header, "true_id"));
        var entityOf = File.ReadLines(path).Skip(1).Where(line => line.Trim().Length > 0).Select(CsvRecordReader.SplitLine)
            .ToDictionary(fields => fields[idColumn], fields => fields[truthColumn]);
        var truth = records.GroupBy(r => entityOf[r.Id])
            .SelectMany(group => group.SelectMany((a, i) => group.Skip(i + 1).Select(b => PairwiseScore.Ordered(a.Id, b.Id))))
            .ToHashSet();
        var clock = Stopwatch.StartNew();
        var result = new LinkageEngine(Options).Dedupe(records);
        return Line("rldata10000", result, truth, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// A generated messy dedupe at scale (<see cref="MessyPeople"/>); generation is timed apart from the
    /// dedupe. peak_mb is the process's peak working set so far (the whole bench process).
    /// </summary>
    private static string Generated(int records)
    {
        var generationClock = Stopwatch.StartNew();
        var data = MessyPeople.Generate(records);
        var generationSeconds = generationClock.Elapsed.TotalSeconds;
        var clock = Stopwatch.StartNew();
        var result = new LinkageEngine(Options with { RetainNonMatches = false }).Dedupe(data.Records);
        var seconds = clock.Elapsed.TotalSeconds;
        var score = PairwiseScore.Of(result.Matches.Select(p => (p.LeftId, p.RightId)), data.TruePairs());
        var peakMb = PeakMegabytes();
        return string.Create(CultureInfo.InvariantCulture,
            $"linkage set=generated records={records} precision={score.Precision:F4} recall={score.Recall:F4} f1={score.F1:F4} seconds={seconds:F2} " +
            $"candidates={result.CandidatePairs} peak_mb={peakMb:F0} generation_seconds={generationSeconds:F2} dropped_pairs={result.DroppedPairs} " +
            $"tp={score.TruePositives} fp={score.FalsePositives} fn={score.FalseNegatives}");
    }

    private static double PeakMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    private static IReadOnlyList<PersonRecord> Read(string file) =>
        CsvRecordReader.ReadFile(Path.Combine(DataDirectory, file), ColumnMapping.Default);

    private static string Line(string set, LinkageResult result, IReadOnlySet<(string, string)> truth, double seconds)
    {
        var score = PairwiseScore.Of(result.Matches.Select(p => (p.LeftId, p.RightId)), truth);
        // Blocking recall: the ceiling on recall — true pairs that blocking never offered for scoring are lost.
        var blocked = PairwiseScore.Of(result.Pairs.Select(p => (p.LeftId, p.RightId)), truth);
        return string.Create(CultureInfo.InvariantCulture,
            $"linkage set={set} precision={score.Precision:F4} recall={score.Recall:F4} f1={score.F1:F4} " +
            $"est_precision={result.Expectation.Precision:F4} est_recall={result.Expectation.Recall:F4} seconds={seconds:F2} peak_mb={PeakMegabytes():F0} " +
            $"candidates={result.CandidatePairs} blocking_recall={blocked.Recall:F4} tp={score.TruePositives} fp={score.FalsePositives} fn={score.FalseNegatives} twin_guard={(Options.GuardTwins ? "on" : "off")}");
    }
}
