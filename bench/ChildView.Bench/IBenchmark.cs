namespace ChildView.Bench;

public interface IBenchmark
{
    /// <summary>Runs the benchmark and returns its one summary line.</summary>
    Task<string> RunAsync();
}

public sealed record BenchOptions(int Writes, int Children, int Records = 1_000_000)
{
    public static BenchOptions Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        return new BenchOptions(IntOption(list, "--writes", 1000), IntOption(list, "--children", 20_000), IntOption(list, "--records", 1_000_000));
    }

    private static int IntOption(List<string> args, string name, int fallback)
    {
        var at = args.IndexOf(name);
        return at >= 0 && at + 1 < args.Count && int.TryParse(args[at + 1], out var parsed) ? parsed : fallback;
    }
}
