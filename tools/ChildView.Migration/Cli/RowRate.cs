using System.Diagnostics;

namespace ChildView.Migration.Cli;

/// <summary>Rows per second since the run started.</summary>
public sealed class RowRate
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public double PerSecond(long rows) => _clock.Elapsed.TotalSeconds < 0.01 ? 0 : rows / _clock.Elapsed.TotalSeconds;
}
