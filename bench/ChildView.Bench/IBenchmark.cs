namespace ChildView.Bench;

public interface IBenchmark
{
    /// <summary>Runs the benchmark and returns its one summary line.</summary>
    Task<string> RunAsync();
}

public sealed record BenchOptions(int Writes)
{
    public static BenchOptions Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var writes = 1000;
        var at = list.IndexOf("--writes");
        if (at >= 0 && at + 1 < list.Count && int.TryParse(list[at + 1], out var parsed))
        {
            writes = parsed;
        }

        return new BenchOptions(writes);
    }
}
