using ChildView.Bench;

// Each benchmark prints exactly one summary line: "<name> key=value …", comparable across commits.
var name = args.FirstOrDefault() ?? "";
var options = BenchOptions.Parse(args.Skip(1));
IBenchmark? benchmark = name switch
{
    "propagation" => new PropagationBenchmark(options),
    "county" => new CountyBenchmark(options),
    "rls" => new RlsBenchmark(args.Contains("--children") ? options.Children : 1_000_000),
    "linkage" => new LinkageBenchmark(),
    "aggregator" => new AggregatorBenchmark(args.Contains("--children") ? options : options with { Children = 4000 }),
    "indicators" => new IndicatorBenchmark(options),
    "migration" => new MigrationBenchmark(options.Records),
    "profile-read" => new ChildView.Bench.ProfileRead.ProfileReadBenchmark(),
    _ => null,
};

if (benchmark is null)
{
    Console.Error.WriteLine("usage: ChildView.Bench <propagation|county|rls|linkage|indicators|aggregator|migration|profile-read> [--writes N] [--children N] [--records N]");
    return 2;
}

Console.WriteLine(await benchmark.RunAsync());
return 0;
