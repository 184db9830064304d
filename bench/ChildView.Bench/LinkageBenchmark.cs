using System.Diagnostics;
using System.Globalization;
using ChildView.Linkage;
using ChildView.Linkage.Blocking;
using ChildView.Linkage.Evaluation;
using ChildView.Linkage.Generation;
using ChildView.Linkage.Identifiers;
using ChildView.Linkage.Records;

namespace ChildView.Bench;

/// <summary>
/// Record linkage on FEBRL 1–4 (dedupe sets 1–3, link 4a × 4b) and RLdata10000 (dedupe). Thresholds are
/// chosen without labels (the engine's default posterior); labels only score, and each line prints the
/// model's own expected precision and recall beside the measured ones. Then a generated UK population (<see cref="PopulationGenerator"/>):
/// 100,000 people's education extract linked to their social care extract, the same people's records of
/// every service deduplicated, and a 1,000,000-record dedupe; labels are the generator's truth.
/// One line per set — the lines are the summary.
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
    // Its generator also blanks dates of birth or replaces them by another decade, which is exactly how a namesake
    // parent looks to the generation guard; FEBRL and RLdata have no households. Guard-on figures:
    // LINKAGE_TWIN_GUARD=on, LINKAGE_GENERATION_GUARD=on.
    private static readonly LinkageOptions Options = new()
    {
        GuardTwins = Environment.GetEnvironmentVariable("LINKAGE_TWIN_GUARD") == "on",
        GuardGenerations = Environment.GetEnvironmentVariable("LINKAGE_GENERATION_GUARD") == "on",
    };

    public Task<string> RunAsync()
    {
        var sets = new (string Name, Func<string> Run)[]
        {
            ("febrl1", () => Dedupe("febrl1", "dataset1.csv")),
            ("febrl2", () => Dedupe("febrl2", "dataset2.csv")),
            ("febrl3", () => Dedupe("febrl3", "dataset3.csv")),
            ("febrl4", () => Link("febrl4", "dataset4a.csv", "dataset4b.csv")),
            ("rldata10000", RlData),
            ("population-link", () => PopulationLink(PopulationPeople)),
            ("population-dedupe", () => PopulationDedupe(PopulationPeople)),
            ("population-dedupe-scale", () => PopulationScaleDedupe(options.Records)),
        };
        var chosen = Chosen(sets.Select(s => s.Name));
        return Task.FromResult(string.Join(Environment.NewLine, sets.Where(s => chosen.Contains(s.Name)).Select(s => s.Run())));
    }

    /// <summary>LINKAGE_SETS (comma-separated names, e.g. <c>febrl4,rldata10000</c>) runs a subset; default all.</summary>
    private static HashSet<string> Chosen(IEnumerable<string> all)
    {
        var named = Environment.GetEnvironmentVariable("LINKAGE_SETS");
        if (string.IsNullOrWhiteSpace(named))
            return all.ToHashSet(StringComparer.Ordinal);
        var chosen = named.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = chosen.Except(all).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"LINKAGE_SETS: unknown set(s) {string.Join(", ", unknown)}; known: {string.Join(", ", all)}");
        return chosen;
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
        var mapping = ColumnMapping.Parse("id=id,given=fname_c1,family=lname_c1,dob_day=bd,dob_month=bm,dob_year=by,truth=true_id");
        var table = CsvRecordReader.ReadTable(path, mapping, ["NA"]);
        var truth = TruePairs.Within(table.Records.Select((r, i) => (r.Id, Entity: table.Truth![i]!)).GroupBy(r => r.Entity, r => r.Id));
        var clock = Stopwatch.StartNew();
        var result = new LinkageEngine(Options).Dedupe(table.Records);
        return Line("rldata10000", result, truth, clock.Elapsed.TotalSeconds);
    }

    private const int PopulationPeople = 100_000;

    // The generated population is ChildView's own case: NHS numbers are checked (a miskeyed one is
    // ignored), the family guards are on, as in the profile, and blocking adds name-and-date rules for
    // children who moved (BlockingRule.Children).
    private static readonly LinkageOptions PopulationLinkage = new() { StrongIds = new NhsNumberValidator(), BlockingRules = BlockingRule.Children };

    /// <summary>A generated UK population's education extract linked to its social care extract.</summary>
    private static string PopulationLink(int people)
    {
        var population = PopulationGenerator.Generate(new PopulationOptions { People = people });
        var (education, socialCare) = (population.From(SourceSystem.Education), population.From(SourceSystem.SocialCare));
        var (left, right) = (GeneratedPopulation.ToPersonRecords(education), GeneratedPopulation.ToPersonRecords(socialCare));
        var perSet = PeakMemory.Reset();
        var clock = Stopwatch.StartNew();
        var result = new LinkageEngine(PopulationLinkage).Link(left, right);
        var seconds = clock.Elapsed.TotalSeconds;
        return PopulationLine("population-link", $"people={people} records={left.Count}x{right.Count}", result, [.. education, .. socialCare],
            GeneratedPopulation.TrueLinks(education, socialCare), seconds, perSet);
    }

    /// <summary>The same population with every service's records pooled and deduplicated.</summary>
    private static string PopulationDedupe(int people)
    {
        var population = PopulationGenerator.Generate(new PopulationOptions { People = people });
        var records = GeneratedPopulation.ToPersonRecords(population.Records);
        var perSet = PeakMemory.Reset();
        var clock = Stopwatch.StartNew();
        var result = new LinkageEngine(PopulationLinkage).Dedupe(records);
        var seconds = clock.Elapsed.TotalSeconds;
        return PopulationLine("population-dedupe", $"people={people} records={records.Count}", result, population.Records,
            GeneratedPopulation.TruePairs(population.Records), seconds, perSet);
    }

    /// <summary>A pooled dedupe at scale (1,000,000 records by default, --records N); generation is timed apart.</summary>
    private static string PopulationScaleDedupe(int records)
    {
        var perSet = PeakMemory.Reset();
        var generationClock = Stopwatch.StartNew();
        var population = PopulationGenerator.GenerateRecords(records);
        var people = GeneratedPopulation.ToPersonRecords(population.Records);
        var generationSeconds = generationClock.Elapsed.TotalSeconds;
        var clock = Stopwatch.StartNew();
        var result = new LinkageEngine(PopulationLinkage with { RetainNonMatches = false }).Dedupe(people);
        var seconds = clock.Elapsed.TotalSeconds;
        return PopulationLine("population-dedupe-scale", $"records={records}", result, population.Records,
            GeneratedPopulation.TruePairs(population.Records), seconds, perSet) + string.Create(CultureInfo.InvariantCulture, $" generation_seconds={generationSeconds:F2}");
    }

    /// <summary>
    /// The set's line, then on stderr what its wrong links were (twins, namesake parent and child,
    /// strangers …) and which distortions its missed pairs carried — the failure modes by name.
    /// </summary>
    private static string PopulationLine(string set, string size, LinkageResult result, IReadOnlyList<GeneratedRecord> records,
        HashSet<(string, string)> truth, double seconds, bool peakPerSet)
    {
        var peakMb = PeakMemory.Megabytes();
        var predicted = result.Matches.Select(p => PairwiseScore.Ordered(p.LeftId, p.RightId)).ToHashSet();
        var score = PairwiseScore.Of(predicted, truth);
        var byId = records.ToDictionary(r => r.Id);
        var wrong = predicted.Where(p => !truth.Contains(p))
            .GroupBy(p => Relationships.Between(byId[p.Item1].Truth, byId[p.Item2].Truth))
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Key}={g.Count()}");
        var missedBy = truth.Where(p => !predicted.Contains(p))
            .SelectMany(p => Enum.GetValues<Distortion>().Where(d => d != Distortion.None && (byId[p.Item1].Distortions | byId[p.Item2].Distortions).HasFlag(d)))
            .GroupBy(d => d).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}={g.Count()}");
        Console.Error.WriteLine($"linkage-detail set={set} false_links_by_relationship: {string.Join(' ', wrong)}");
        Console.Error.WriteLine($"linkage-detail set={set} missed_pairs_by_distortion: {string.Join(' ', missedBy)}");
        var blocking = result.Pairs.Count == result.CandidatePairs
            ? string.Create(CultureInfo.InvariantCulture, $" blocking_recall={PairwiseScore.Of(result.Pairs.Select(p => (p.LeftId, p.RightId)), truth).Recall:F4}")
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"linkage set={set} precision={score.Precision:F4} recall={score.Recall:F4} f1={score.F1:F4} " +
            $"est_precision={result.Expectation.Precision:F4} est_recall={result.Expectation.Recall:F4} seconds={seconds:F2} " +
            $"peak_mb={peakMb:F0} peak_scope={(peakPerSet ? "set" : "process")} {size} candidates={result.CandidatePairs}{blocking} dropped_pairs={result.DroppedPairs} " +
            $"tp={score.TruePositives} fp={score.FalsePositives} fn={score.FalseNegatives} twin_guard=on");
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
            $"est_precision={result.Expectation.Precision:F4} est_recall={result.Expectation.Recall:F4} seconds={seconds:F2} peak_mb={PeakMemory.Megabytes():F0} " +
            $"candidates={result.CandidatePairs} blocking_recall={blocked.Recall:F4} tp={score.TruePositives} fp={score.FalsePositives} fn={score.FalseNegatives} twin_guard={(Options.GuardTwins ? "on" : "off")} " +
            $"generation_guard={(Options.GuardGenerations ? "on" : "off")}");
    }
}
