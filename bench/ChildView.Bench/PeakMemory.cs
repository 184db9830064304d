using System.Diagnostics;

namespace ChildView.Bench;

/// <summary>
/// The process's peak working set, measured per benchmark set where the OS allows: on Linux writing 5
/// to /proc/self/clear_refs resets the peak (VmHWM) to the current resident size, so each set's peak
/// is its own, not the largest set's before it. Elsewhere the peak is the process's so far.
/// </summary>
internal static class PeakMemory
{
    /// <summary>Starts a set's measurement; false when the peak could not be reset (it then spans the process).</summary>
    public static bool Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static double Megabytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
